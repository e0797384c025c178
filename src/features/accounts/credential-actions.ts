"use server";

import { headers } from "next/headers";
import { revalidatePath } from "next/cache";
import { hostileForm, type FormState } from "@/server/action";
import { getCurrentActor } from "@/server/auth/session";
import { clientIpFrom } from "@/server/request-meta";
import { formToObject, HostileFormError } from "@/server/form-data";
import { zodFieldErrors } from "@/server/validation";
import { withTexts } from "@/server/action-texts";
import { forgotPasswordInput, requestPasswordReset } from "./forgot-password";
import { changeOwnPassword } from "./change-password";


function readForm(formData: unknown): Record<string, unknown> | null {
  if (!(formData instanceof FormData)) return null;
  try {
    return formToObject(formData.entries());
  } catch (error) {
    if (error instanceof HostileFormError) return null;
    throw error;
  }
}

/** The same answer for every well-formed address; only a flood from one client address is told to wait. */
export async function forgotPasswordAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const raw = readForm(formData);
  if (!raw) return hostileForm();
  const parsed = forgotPasswordInput.safeParse(raw);
  if (!parsed.success) {
    const refused = await withTexts({ ok: false, code: "VALIDATION", fieldErrors: zodFieldErrors(parsed.error) });
    return { ...refused, values: { email: typeof raw.email === "string" ? raw.email.slice(0, 254) : "" } };
  }
  const { answer, delivery } = await requestPasswordReset(parsed.data, { ip: clientIpFrom(await headers()) });
  // Not awaited: the mail server's speed must not show in the answer's time.
  void delivery.catch((error) => console.error("[forældrestøtte] password reset delivery failed", (error as Error).name));
  return answer.ok ? { ok: true, data: null } : withTexts({ ok: false, code: answer.code });
}

/** Passwords are never sent back to the form: a refused form comes back empty, with the reason at the field. */
export async function changePasswordAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const raw = readForm(formData);
  if (!raw) return hostileForm();
  const [actor, h] = await Promise.all([getCurrentActor(), headers()]);
  const result = await changeOwnPassword(actor, raw, { ip: clientIpFrom(h) });
  if (result.ok) revalidatePath("/profile");
  return withTexts(result);
}
