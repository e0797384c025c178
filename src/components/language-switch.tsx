import { getLocale, getTranslations } from "next-intl/server";
import { LOCALES } from "@/i18n/locales";
import { setLocaleAction } from "@/features/preferences/actions";

const NAMES = { da: "Dansk", en: "English" } as const;

export async function LanguageSwitch() {
  const [locale, t] = await Promise.all([getLocale(), getTranslations("app")]);
  return (
    <form action={setLocaleAction} className="flex items-center gap-1 text-sm" aria-label={t("language")}>
      {LOCALES.map((l) => (
        <button key={l} name="locale" value={l} type="submit" lang={l} aria-pressed={l === locale}
          className={`rounded px-2 py-1 ${l === locale ? "bg-brand-100 font-semibold text-brand-900" : "text-slate-600 hover:bg-slate-100"}`}>
          {NAMES[l]}
        </button>
      ))}
    </form>
  );
}
