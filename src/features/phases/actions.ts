"use server";

import { fieldOf, runFormCommand, type FormState } from "@/server/action";
import { closeCase, endPhase, extendPhase, recordAssessment, reopenCase, startChangePhase, startMaintenancePhase } from "./commands";

const path = (formData: FormData) => `/families/${fieldOf(formData, "familyId")}`;

export async function startChangePhaseAction(_prev: FormState, formData: FormData): Promise<FormState> {
  return runFormCommand(startChangePhase, formData, path(formData));
}
export async function startMaintenancePhaseAction(_prev: FormState, formData: FormData): Promise<FormState> {
  return runFormCommand(startMaintenancePhase, formData, path(formData));
}
export async function extendPhaseAction(_prev: FormState, formData: FormData): Promise<FormState> {
  return runFormCommand(extendPhase, formData, path(formData));
}
export async function endPhaseAction(_prev: FormState, formData: FormData): Promise<FormState> {
  return runFormCommand(endPhase, formData, path(formData));
}
export async function recordAssessmentAction(_prev: FormState, formData: FormData): Promise<FormState> {
  return runFormCommand(recordAssessment, formData, path(formData));
}
export async function closeCaseAction(_prev: FormState, formData: FormData): Promise<FormState> {
  return runFormCommand(closeCase, formData, path(formData));
}
export async function reopenCaseAction(_prev: FormState, formData: FormData): Promise<FormState> {
  return runFormCommand(reopenCase, formData, path(formData));
}
