"use server";

import { redirect } from "next/navigation";
import { fieldOf, runFormCommand, type FormState } from "@/server/action";
import { createSite, createSiteUser, reinviteSiteUser, setSiteUserActive, updateSite } from "./sites-commands";
import { afterInvitation, type InvitationState } from "./users-invitation";

const sitePath = (formData: FormData) => `/admin/sites/${fieldOf(formData, "siteId")}`;


export async function createSiteAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const result = await runFormCommand(createSite, formData, "/admin/sites");
  if (result?.ok) redirect(`/admin/sites/${result.data.siteId}?created=1`);
  return result;
}

export async function updateSiteAction(_prev: FormState, formData: FormData): Promise<FormState> {
  return runFormCommand(updateSite, formData, sitePath(formData));
}

export async function createSiteUserAction(_prev: FormState, formData: FormData): Promise<InvitationState> {
  return afterInvitation(await runFormCommand(createSiteUser, formData, sitePath(formData)));
}

export async function reinviteSiteUserAction(_prev: FormState, formData: FormData): Promise<InvitationState> {
  return afterInvitation(await runFormCommand(reinviteSiteUser, formData, sitePath(formData)));
}

export async function setSiteUserActiveAction(_prev: FormState, formData: FormData): Promise<FormState> {
  return runFormCommand(setSiteUserActive, formData, sitePath(formData));
}
