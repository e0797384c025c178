"use server";

import { runFormCommand, type FormState } from "@/server/action";
import { endOtherSessions, endUserSessions } from "./commands";

export async function endOtherSessionsAction(_prev: FormState, formData: FormData): Promise<FormState> {
  return runFormCommand(endOtherSessions, formData, "/profile");
}

export async function endUserSessionsAction(_prev: FormState, formData: FormData): Promise<FormState> {
  return runFormCommand(endUserSessions, formData, "/admin");
}
