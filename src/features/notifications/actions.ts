"use server";

import { runFormCommand, type FormState } from "@/server/action";
import { markAllNotificationsRead, markNotificationRead } from "./commands";

export async function markNotificationReadAction(_prev: FormState, formData: FormData): Promise<FormState> {
  return runFormCommand(markNotificationRead, formData, "/notifications");
}

export async function markAllNotificationsReadAction(_prev: FormState, formData: FormData): Promise<FormState> {
  return runFormCommand(markAllNotificationsRead, formData, "/notifications");
}
