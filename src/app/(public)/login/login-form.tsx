"use client";

import { useState } from "react";
import { signIn } from "next-auth/react";
import { useTranslations } from "next-intl";

type ErrorKey = "invalid" | "throttled" | "generic";

/** `ssoRefusal`: the translated reason single sign-on was refused, shown until the next attempt. */
export function LoginForm({ initialError, ssoRefusal, sso, parentSso = null }: { initialError: ErrorKey | null; ssoRefusal: string | null; sso: string | null; parentSso?: string | null }) {
  const t = useTranslations("login");
  const [error, setError] = useState<ErrorKey | "sso" | null>(ssoRefusal ? "sso" : initialError);
  const [pending, setPending] = useState(false);

  async function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setPending(true);
    setError(null);
    const form = new FormData(event.currentTarget);
    const result = await signIn("credentials", { email: form.get("email"), password: form.get("password"), redirect: false });
    if (result?.ok && !result.error) {
      // A full navigation, so the server renders the role's home with the new session cookie.
      window.location.assign("/");
      return;
    }
    setPending(false);
    setError(result?.error === "THROTTLED" ? "throttled" : result?.error === "CredentialsSignin" ? "invalid" : "generic");
  }

  return (
    <div className="space-y-4">
      <form onSubmit={onSubmit} className="space-y-4" noValidate>
        <div>
          <label htmlFor="email" className="block text-sm font-medium">{t("email")}</label>
          <input id="email" name="email" type="email" autoComplete="username" required
            className="mt-1 w-full rounded border border-slate-300 px-3 py-2" aria-invalid={error ? true : undefined}
            aria-describedby={error ? "login-error" : undefined} />
        </div>
        <div>
          <label htmlFor="password" className="block text-sm font-medium">{t("password")}</label>
          <input id="password" name="password" type="password" autoComplete="current-password" required
            className="mt-1 w-full rounded border border-slate-300 px-3 py-2" aria-invalid={error ? true : undefined}
            aria-describedby={error ? "login-error" : undefined} />
        </div>
        {error && (
          <p id="login-error" role="alert" className="rounded border border-red-300 bg-red-50 px-3 py-2 text-sm text-red-800">
            {error === "sso" ? ssoRefusal : t(error)}
          </p>
        )}
        <button type="submit" disabled={pending}
          className="w-full rounded bg-brand-700 px-4 py-2 font-medium text-white hover:bg-brand-900 disabled:opacity-60">
          {pending ? t("submitting") : t("submit")}
        </button>
      </form>
      {sso && (
        <>
          <p className="text-center text-sm text-slate-500">{t("or")}</p>
          <button type="button" onClick={() => signIn("oidc", { callbackUrl: "/" })}
            className="w-full rounded border border-brand-700 px-4 py-2 font-medium text-brand-700 hover:bg-brand-50">
            {t("sso", { provider: sso })}
          </button>
        </>
      )}
      {parentSso && (
        <div className="space-y-2 border-t border-slate-200 pt-4">
          <p className="text-sm text-slate-700">{t("parentSsoIntro")}</p>
          <button type="button" onClick={() => signIn("parent-oidc", { callbackUrl: "/" })}
            className="w-full rounded border border-brand-700 px-4 py-2 font-medium text-brand-700 hover:bg-brand-50">
            {t("parentSso", { provider: parentSso })}
          </button>
        </div>
      )}
    </div>
  );
}
