"use server";

import { fieldOf, runFormCommand, type FormState } from "@/server/action";
import { commentContactPlan, recordContactSession, saveContactPlan } from "./commands";

export async function saveContactPlanAction(_prev: FormState, formData: FormData): Promise<FormState> {
  return runFormCommand(saveContactPlan, formData, `/families/${fieldOf(formData, "familyId")}/children/${fieldOf(formData, "childId")}/contact`);
}

export async function recordContactSessionAction(_prev: FormState, formData: FormData): Promise<FormState> {
  return runFormCommand(recordContactSession, formData, `/site/children/${fieldOf(formData, "childId")}`);
}

export async function commentContactPlanAction(_prev: FormState, formData: FormData): Promise<FormState> {
  return runFormCommand(commentContactPlan, formData, `/consultant/sites/${fieldOf(formData, "siteId")}`);
}
