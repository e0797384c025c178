import { getLocale, getTranslations } from "next-intl/server";
import { LOCALES } from "@/i18n/locales";

const NAMES = { da: "Dansk", en: "English" } as const;

/** The form posts to the action the app hands in: shared components do not import a feature. */
export async function LanguageSwitch({ action }: { action: (formData: FormData) => Promise<void> }) {
  const [locale, t] = await Promise.all([getLocale(), getTranslations("app")]);
  return (
    <form action={action} className="flex items-center gap-1 text-sm" aria-label={t("language")}>
      {LOCALES.map((l) => (
        <button key={l} name="locale" value={l} type="submit" lang={l} aria-pressed={l === locale}
          className={`rounded px-2 py-1 ${l === locale ? "bg-brand-100 font-semibold text-brand-900" : "text-slate-600 hover:bg-slate-100"}`}>
          {NAMES[l]}
        </button>
      ))}
    </form>
  );
}
