import da from "./messages/da.json";
import en from "./messages/en.json";
import reasonsDa from "./messages/method-reasons.da.json";
import reasonsEn from "./messages/method-reasons.en.json";
import type { Locale } from "./locales";

// One catalogue per language: the UI texts plus the method's refusal reasons under "reasons".
const catalogues = {
  da: { ...da, reasons: { ...da.reasons, ...reasonsDa } },
  en: { ...en, reasons: { ...en.reasons, ...reasonsEn } },
} as const;

export type Messages = (typeof catalogues)["da"];

export function messagesFor(locale: Locale): Messages {
  return catalogues[locale] as Messages;
}
