import { isAfter, type CalendarDate } from "../method/calendar";
import { refuseJournal, type JournalRefusal } from "./reasons";

// The duty to take notes (notatpligt): a note says what happened, when, with whom, and who wrote it
// as what role. What was written stands: its author may fix it for a short while (a typo, a missing
// name), after that the only way to change the record is a new entry that corrects the old one, so
// anyone reading the case later sees both and who changed what.

/** How long the author may still edit an entry after writing it. */
export const EDIT_WINDOW_HOURS = 24;
const EDIT_WINDOW_MS = EDIT_WINDOW_HOURS * 60 * 60 * 1000;

export const JOURNAL_KINDS = ["NOTE", "CONVERSATION", "PHONE_CALL", "HOME_VISIT", "MEETING", "CORRESPONDENCE", "CLOSING"] as const;
export type JournalKind = (typeof JOURNAL_KINDS)[number];

/**
 * Journal notes may still be written after a case is closed, unlike every other change to a closed
 * family (src/domain/method/writable.ts): in Danish casework a closing note, a late phone call or a
 * letter received after closing must be noted on the case, and a note changes nothing of the case's
 * course. Commands that write the journal therefore do not ask checkCaseWritable.
 */
export const JOURNAL_WRITABLE_WHEN_CLOSED = true;

export interface EntryFacts {
  authorId: string;
  createdAt: Date;
  /** The id of the entry that corrects this one, if any. */
  correctedById: string | null;
}

/** The last moment the author may still edit the entry (exclusive). */
export function editableUntil(createdAt: Date): Date {
  return new Date(createdAt.getTime() + EDIT_WINDOW_MS);
}

/** What happened cannot have happened after today. */
export function checkOccurredOn(occurredOn: CalendarDate, today: CalendarDate): JournalRefusal | null {
  return isAfter(occurredOn, today) ? refuseJournal("OCCURRED_IN_FUTURE", "occurredOn") : null;
}

/**
 * Only the author edits, only before 24 hours have passed since writing, and never an entry that
 * has been corrected (its correction would then point at a text it did not correct).
 */
export function checkEdit(entry: EntryFacts, userId: string, now: Date): JournalRefusal | null {
  if (entry.authorId !== userId) return refuseJournal("NOT_AUTHOR", "text");
  if (entry.correctedById) return refuseJournal("ENTRY_CORRECTED", "text");
  if (now.getTime() >= editableUntil(entry.createdAt).getTime()) return refuseJournal("EDIT_WINDOW_PASSED", "text", { hours: EDIT_WINDOW_HOURS });
  return null;
}

/** True when the user may edit the entry now (the page offers the edit form, not a correction). */
export const mayEdit = (entry: EntryFacts, userId: string, now: Date): boolean => checkEdit(entry, userId, now) === null;

/** An entry is corrected once: a later correction corrects the correction, so the record stays one chain. */
export function checkCorrection(target: Pick<EntryFacts, "correctedById">): JournalRefusal | null {
  return target.correctedById ? refuseJournal("ALREADY_CORRECTED", "correctsId") : null;
}

/**
 * The chain an entry belongs to, from the first entry to the latest correction. `entries` maps id to
 * what it corrects; a broken or cyclic link (which the database does not allow) ends the walk.
 */
export function correctionChain(id: string, links: ReadonlyMap<string, { correctsId: string | null; correctedById: string | null }>): string[] {
  const seen = new Set<string>([id]);
  const back: string[] = [];
  for (let cur = links.get(id)?.correctsId ?? null; cur && !seen.has(cur); cur = links.get(cur)?.correctsId ?? null) {
    seen.add(cur);
    back.unshift(cur);
  }
  const forward: string[] = [];
  for (let cur = links.get(id)?.correctedById ?? null; cur && !seen.has(cur); cur = links.get(cur)?.correctedById ?? null) {
    seen.add(cur);
    forward.push(cur);
  }
  return [...back, id, ...forward];
}

/** The entry that stands now for the chain `id` belongs to: its latest correction. */
export function latestVersionOf(id: string, links: ReadonlyMap<string, { correctsId: string | null; correctedById: string | null }>): string {
  return correctionChain(id, links).at(-1)!;
}
