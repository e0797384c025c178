"use server";

import { fieldOf, runFormCommand, type FormState } from "@/server/action";
import { afterInvitation, type InvitationState } from "@/features/admin/users-invitation";
import { answerFileRequest, inviteParent, offerPlanToParents, reopenParentAccess, shareSiteWithParents, suspendParentAccess } from "./commands";

const familyPath = (formData: FormData) => `/families/${fieldOf(formData, "familyId")}`;

export async function inviteParentAction(_prev: FormState, formData: FormData): Promise<InvitationState> {
  return afterInvitation(await runFormCommand(inviteParent, formData, familyPath(formData)), "parentAccess.invitationMail");
}

export async function suspendParentAccessAction(_prev: FormState, formData: FormData): Promise<FormState> {
  return runFormCommand(suspendParentAccess, formData, familyPath(formData));
}

export async function reopenParentAccessAction(_prev: FormState, formData: FormData): Promise<FormState> {
  return runFormCommand(reopenParentAccess, formData, familyPath(formData));
}

export async function shareSiteWithParentsAction(_prev: FormState, formData: FormData): Promise<FormState> {
  return runFormCommand(shareSiteWithParents, formData, familyPath(formData));
}

export async function offerPlanToParentsAction(_prev: FormState, formData: FormData): Promise<FormState> {
  return runFormCommand(offerPlanToParents, formData, familyPath(formData));
}

export async function answerFileRequestAction(_prev: FormState, formData: FormData): Promise<FormState> {
  return runFormCommand(answerFileRequest, formData, familyPath(formData));
}
