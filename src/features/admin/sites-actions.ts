"use server";

import { redirect } from "next/navigation";
import { getDb } from "@/server/db";
import { getCurrentActor } from "@/server/auth/session";
import { fieldOf, runFormCommand, type FormState } from "@/server/action";
import { createSite, createSiteUser, reinviteSiteUser, setSiteUserActive, updateSite } from "./sites-commands";
import { deliverInvitation } from "./users-invitation";
import type { InvitationState } from "./users-actions";

const sitePath = (formData: FormData) => `/admin/sites/${fieldOf(formData, "siteId")}`;

/** The same delivery as for the municipality's users: e-mail when SMTP is on, else the link shown once. */
async function afterInvitation(result: FormState<{ user: { id: string; email: string; name: string; locale: string }; token: string }>): Promise<InvitationState> {
  if (!result?.ok) return result as InvitationState;
  const actor = await getCurrentActor();
  const { user, token } = result.data;
  const delivery = await deliverInvitation(await getDb(), actor!, user, token);
  return { ok: true, data: { userId: user.id, name: user.name, delivery } };
}

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
