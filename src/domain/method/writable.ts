import { refuse, type Refusal } from "./reasons";
import type { CaseSnapshot } from "./snapshot";

/**
 * A closed case is read-only: nothing that belongs to the family (its people, plan, phases,
 * follow-ups, contact plans and sessions, meetings) changes until the case is reopened. Reopening
 * is the one change allowed, and it has its own rule (checkReopen). Every command that writes to a
 * family asks this, so the rule lives in one place.
 */
export function checkCaseWritable(s: Pick<CaseSnapshot, "closed">): Refusal | null {
  return s.closed ? refuse("CASE_CLOSED") : null;
}
