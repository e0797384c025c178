"use server";

import { redirect } from "next/navigation";
import { formToObject, HostileFormError } from "@/server/form-data";
import { setPasswordInput, setPasswordWithToken, type SetPasswordResult } from "./set-password";

export type SetPasswordState = Exclude<SetPasswordResult, { ok: true }> | { ok: false; invalid: true } | null;

export async function setPasswordAction(_prev: SetPasswordState, formData: FormData): Promise<SetPasswordState> {
  let raw: Record<string, unknown>;
  try {
    raw = formToObject(formData.entries());
  } catch (error) {
    if (error instanceof HostileFormError) return { ok: false, invalid: true };
    throw error;
  }
  const parsed = setPasswordInput.safeParse(raw);
  if (!parsed.success) return { ok: false, invalid: true };
  const result = await setPasswordWithToken(parsed.data);
  if (result.ok) redirect("/login?password=set");
  return result;
}
