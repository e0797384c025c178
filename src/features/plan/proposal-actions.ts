"use server";

import { redirect } from "next/navigation";
import { fieldOf, runFormCommand, type FormState } from "@/server/action";
import { acceptPlanProposal, declinePlanProposal, proposePlanChange } from "./proposal-commands";

// The same forms sit on the family page and in the plan editor; after a decision the user comes
// back to the page they decided on, with the outcome said at the top of the proposals.
function pageOf(formData: FormData): string {
  const familyId = fieldOf(formData, "familyId");
  return fieldOf(formData, "from") === "plan" ? `/families/${familyId}/plan` : `/families/${familyId}`;
}

function backWith(formData: FormData, notice: string): never {
  redirect(`${pageOf(formData)}?proposal=${notice}#proposals-heading`);
}

export async function proposePlanChangeAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const result = await runFormCommand(proposePlanChange, formData, pageOf(formData));
  if (result?.ok) backWith(formData, "proposed");
  return result;
}

export async function acceptPlanProposalAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const result = await runFormCommand(acceptPlanProposal, formData, pageOf(formData));
  if (result?.ok) backWith(formData, "accepted");
  return result;
}

export async function declinePlanProposalAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const result = await runFormCommand(declinePlanProposal, formData, pageOf(formData));
  if (result?.ok) backWith(formData, "declined");
  return result;
}
