"use server";

import { runFormCommand, type FormState } from "@/server/action";
import { commentContactPlan, recordContactSession, saveContactPlan } from "./commands";

export async function saveContactPlanAction(_prev: FormState, formData: FormData): Promise<FormState> {
  return runFormCommand(saveContactPlan, formData, `/families/${String(formData.get("familyId"))}/children/${String(formData.get("childId"))}/contact`);
}

export async function recordContactSessionAction(_prev: FormState, formData: FormData): Promise<FormState> {
  return runFormCommand(recordContactSession, formData, `/site/children/${String(formData.get("childId"))}`);
}

export async function commentContactPlanAction(_prev: FormState, formData: FormData): Promise<FormState> {
  return runFormCommand(commentContactPlan, formData, `/consultant/sites/${String(formData.get("siteId"))}`);
}
