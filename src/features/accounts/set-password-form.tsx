"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { setPasswordAction, type SetPasswordState } from "./actions";

/** New password twice; a refusal is said at the top (linked to the field) and on the field itself. */
export function SetPasswordForm({ token }: { token: string }) {
  const t = useTranslations("account");
  const [state, action, pending] = useActionState<SetPasswordState, FormData>(setPasswordAction, null);
  const passwordError = state && "password" in state ? t(`reasons.${state.password.reason}`, state.password.params) : null;
  const other = state && "token" in state ? t(`token.${state.token}`) : state && "invalid" in state ? t("invalid") : null;
  const field = state && "password" in state && state.password.reason === "PASSWORD_MISMATCH" ? "repeat" : "password";
  return (
    <form action={action} className="space-y-4" noValidate data-testid="set-password-form">
      {(passwordError || other) && (
        <div role="alert" className="rounded border border-red-300 bg-red-50 px-3 py-2 text-sm text-red-800" data-testid="error-summary">
          {passwordError ? <a href={`#${field}`} className="underline">{passwordError}</a> : other}
        </div>
      )}
      <input type="hidden" name="token" value={token} />
      <div>
        <label htmlFor="password" className="block text-sm font-medium">{t("password")}</label>
        <p id="password-hint" className="text-xs text-slate-600">{t("hint")}</p>
        <input id="password" name="password" type="password" autoComplete="new-password" required
          className="mt-1 w-full rounded border border-slate-300 px-3 py-2"
          aria-invalid={field === "password" && passwordError ? true : undefined} aria-describedby={`password-hint${field === "password" && passwordError ? " password-error" : ""}`} />
        {field === "password" && passwordError && <p id="password-error" className="mt-1 text-sm text-red-800">{passwordError}</p>}
      </div>
      <div>
        <label htmlFor="repeat" className="block text-sm font-medium">{t("repeat")}</label>
        <input id="repeat" name="repeat" type="password" autoComplete="new-password" required
          className="mt-1 w-full rounded border border-slate-300 px-3 py-2"
          aria-invalid={field === "repeat" && passwordError ? true : undefined} aria-describedby={field === "repeat" && passwordError ? "repeat-error" : undefined} />
        {field === "repeat" && passwordError && <p id="repeat-error" className="mt-1 text-sm text-red-800">{passwordError}</p>}
      </div>
      <button type="submit" disabled={pending} className="w-full rounded bg-brand-700 px-4 py-2 font-medium text-white hover:bg-brand-900 disabled:opacity-60">
        {t("save")}
      </button>
    </form>
  );
}
