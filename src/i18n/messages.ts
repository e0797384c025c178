import da from "./messages/da.json";
import en from "./messages/en.json";
import reasonsDa from "./messages/method-reasons.da.json";
import reasonsEn from "./messages/method-reasons.en.json";
import type { Locale } from "./locales";

// One catalogue per language: the UI texts plus the method's refusal reasons under "reasons", and
// the reasons of the people-and-placement rules (src/domain/people), the plan rules (src/domain/plan),
// the meeting change rules (src/domain/meetings/changes.ts) and the journal (src/domain/journal) beside them.
const catalogues = {
  da: { ...da, reasons: { ...da.reasons, ...reasonsDa, ...da.people.reasons, ...da.planProposals.reasons, ...da.meetingChanges.reasons, ...da.journal.reasons, ...da.userAdmin.reasons } },
  en: { ...en, reasons: { ...en.reasons, ...reasonsEn, ...en.people.reasons, ...en.planProposals.reasons, ...en.meetingChanges.reasons, ...en.journal.reasons, ...en.userAdmin.reasons } },
} as const;

export type Messages = (typeof catalogues)["da"];

export function messagesFor(locale: Locale): Messages {
  return catalogues[locale] as Messages;
}
