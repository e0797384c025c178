"use client";

import { signOut } from "next-auth/react";
import { useTranslations } from "next-intl";
import { useHydrated } from "./use-hydrated";

export function LogoutButton() {
  const t = useTranslations("app");
  const ready = useHydrated();
  return (
    <button type="button" disabled={!ready} onClick={() => signOut({ callbackUrl: "/login" })}
      className="rounded border border-slate-300 px-3 py-1 text-sm hover:bg-slate-100 disabled:opacity-60">
      {t("logout")}
    </button>
  );
}
