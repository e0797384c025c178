// Refusals of the journal's rules. Each code has a message in both languages under
// "journal.reasons" (src/i18n/messages/*.json), merged beside the method's reasons.
export const JOURNAL_REASON_CODES = [
  "OCCURRED_IN_FUTURE",
  "NOT_AUTHOR",
  "EDIT_WINDOW_PASSED",
  "ENTRY_CORRECTED",
  "ALREADY_CORRECTED",
] as const;

export type JournalReason = (typeof JOURNAL_REASON_CODES)[number];

export interface JournalRefusal {
  ok: false;
  reason: JournalReason;
  params?: Record<string, string | number>;
  /** The form field the refusal is about. */
  field: string;
}

export const refuseJournal = (reason: JournalReason, field: string, params?: Record<string, string | number>): JournalRefusal =>
  params ? { ok: false, reason, field, params } : { ok: false, reason, field };
