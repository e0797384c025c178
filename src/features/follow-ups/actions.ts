"use server";

import { redirect } from "next/navigation";
import { fieldOf, runFormCommand, type FormState } from "@/server/action";
import { recordFollowUp } from "./commands";

export async function recordFollowUpAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const familyId = fieldOf(formData, "familyId");
  const result = await runFormCommand(recordFollowUp, formData, `/families/${familyId}`);
  if (result?.ok) redirect(`/families/${familyId}?followUp=1`);
  return result;
}
