// Refusals of the people-and-placement rules. Each code has a message in both languages under
// "people.reasons" (src/i18n/messages/*.json); the catalogue puts them beside the method's reasons.
export const PEOPLE_REASON_CODES = [
  "BIRTH_DATE_IN_FUTURE",
  "PLACEMENT_START_IN_FUTURE",
  "PLACEMENT_BEFORE_BIRTH",
  "PLACEMENT_ALREADY_OPEN",
  "PLACEMENT_OVERLAPS_PREVIOUS",
  "PLACEMENT_ENDED",
  "PLACEMENT_END_IN_FUTURE",
  "PLACEMENT_END_BEFORE_START",
  "PLACEMENT_END_TEXT_REQUIRED",
  "NOT_YET_18",
  "MOVE_IN_FUTURE",
  "MOVE_BEFORE_START",
  "MOVE_TO_SAME_SITE",
  "UNKNOWN_SITE",
  "UNKNOWN_STAFF",
  "STAFF_UNCHANGED",
  "TOO_MANY_THERAPISTS",
] as const;

export type PeopleReason = (typeof PEOPLE_REASON_CODES)[number];

export interface PeopleRefusal {
  ok: false;
  reason: PeopleReason;
  params?: Record<string, string | number>;
  /** The form field the refusal is about. */
  field: string;
}

export const refusePeople = (reason: PeopleReason, field: string, params?: Record<string, string | number>): PeopleRefusal =>
  params ? { ok: false, reason, field, params } : { ok: false, reason, field };
