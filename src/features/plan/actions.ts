"use server";

import { redirect } from "next/navigation";
import { fieldOf, runFormCommand, type FormState } from "@/server/action";
import { agreePlan, discardPlanDraft, savePlanDraft } from "./commands";

export async function savePlanDraftAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const familyId = fieldOf(formData, "familyId");
  const result = await runFormCommand(savePlanDraft, formData, `/families/${familyId}`);
  if (result?.ok) redirect(`/families/${familyId}/plan?saved=1`);
  return result;
}

export async function agreePlanAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const familyId = fieldOf(formData, "familyId");
  const result = await runFormCommand(agreePlan, formData, `/families/${familyId}`);
  if (result?.ok) redirect(`/families/${familyId}?agreed=1`);
  return result;
}

export async function discardPlanDraftAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const familyId = fieldOf(formData, "familyId");
  const result = await runFormCommand(discardPlanDraft, formData, `/families/${familyId}`);
  if (result?.ok) redirect(`/families/${familyId}/plan?discarded=1`);
  return result;
}
