"use server";

import { redirect } from "next/navigation";
import { fieldOf, runFormCommand, type FormState } from "@/server/action";
import { createUser, reinviteUser, setUserActive, unlockLogin, updateUser } from "./users-commands";
import { handOverCaseload } from "./users-handover";
import { afterInvitation, type InvitationState } from "./users-invitation";

const userPath = (formData: FormData) => `/admin/users/${fieldOf(formData, "userId")}`;

export type { InvitationState } from "./users-invitation";

export async function createUserAction(_prev: FormState, formData: FormData): Promise<InvitationState> {
  return afterInvitation(await runFormCommand(createUser, formData, "/admin/users"));
}

export async function reinviteUserAction(_prev: FormState, formData: FormData): Promise<InvitationState> {
  return afterInvitation(await runFormCommand(reinviteUser, formData, userPath(formData)));
}

export async function updateUserAction(_prev: FormState, formData: FormData): Promise<FormState> {
  return runFormCommand(updateUser, formData, userPath(formData));
}

export async function setUserActiveAction(_prev: FormState, formData: FormData): Promise<FormState> {
  return runFormCommand(setUserActive, formData, userPath(formData));
}

export async function unlockLoginAction(_prev: FormState, formData: FormData): Promise<FormState> {
  return runFormCommand(unlockLogin, formData, userPath(formData));
}

// A complete handover leaves nothing to hand over, so the form is gone after the save: the page says what happened.
export async function handOverCaseloadAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const result = await runFormCommand(handOverCaseload, formData, "/admin/users/handover");
  if (result?.ok) redirect(`/admin/users/handover?leaver=${encodeURIComponent(fieldOf(formData, "leaverId"))}&moved=${result.data.moved}`);
  return result;
}
