"use server";

import { redirect } from "next/navigation";
import { fieldOf, runFormCommand, type FormState } from "@/server/action";
import { afterInvitation, type InvitationState } from "@/features/admin/users-invitation";
import { answerFileRequest, inviteParent, offerPlanToParents, reopenParentAccess, shareSiteWithParents, suspendParentAccess } from "./commands";

const familyPath = (formData: FormData) => `/families/${fieldOf(formData, "familyId")}`;

// A save that changes which form the section shows (suspend → reopen, offer → "sent") is said on the page it
// lands on, as the other family-page saves are (?agreed=1): the form that would have said it is gone.
async function landing<T>(formData: FormData, result: FormState<T>, notice: string): Promise<FormState<T>> {
  if (result?.ok) redirect(`${familyPath(formData)}?parentAccess=${notice}#parent-access-heading`);
  return result;
}

export async function inviteParentAction(_prev: FormState, formData: FormData): Promise<InvitationState> {
  return afterInvitation(await runFormCommand(inviteParent, formData, familyPath(formData)), "parentAccess.invitationMail");
}

export async function suspendParentAccessAction(_prev: FormState, formData: FormData): Promise<FormState> {
  return landing(formData, await runFormCommand(suspendParentAccess, formData, familyPath(formData)), "suspended");
}

export async function reopenParentAccessAction(_prev: FormState, formData: FormData): Promise<FormState> {
  return landing(formData, await runFormCommand(reopenParentAccess, formData, familyPath(formData)), "reopened");
}

export async function shareSiteWithParentsAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const result = await runFormCommand(shareSiteWithParents, formData, familyPath(formData));
  return landing(formData, result, result?.ok && result.data.shared ? "shared" : "unshared");
}

export async function offerPlanToParentsAction(_prev: FormState, formData: FormData): Promise<FormState> {
  return landing(formData, await runFormCommand(offerPlanToParents, formData, familyPath(formData)), "offered");
}

export async function answerFileRequestAction(_prev: FormState, formData: FormData): Promise<FormState> {
  return landing(formData, await runFormCommand(answerFileRequest, formData, familyPath(formData)), "answered");
}
