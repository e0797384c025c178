"use client";

import { signOut } from "next-auth/react";
import { useTranslations } from "next-intl";

export function LogoutButton() {
  const t = useTranslations("app");
  return (
    <button type="button" onClick={() => signOut({ callbackUrl: "/login" })}
      className="rounded border border-slate-300 px-3 py-1 text-sm hover:bg-slate-100">
      {t("logout")}
    </button>
  );
}
