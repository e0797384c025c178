import { refusePeople, type PeopleRefusal } from "./reasons";

// Who works on a family: exactly one responsible caseworker, and none or a few family therapists.
// A change names the whole new line-up; the rule works out who leaves and who joins.

export const MAX_THERAPISTS = 3;

export type StaffRole = "CASEWORKER" | "THERAPIST";
export interface StaffHolder { userId: string; role: StaffRole }

export interface StaffChange {
  caseworkerId: string;
  therapistIds: string[];
}

export type StaffPlan = { ok: true; leaving: StaffHolder[]; joining: StaffHolder[] } | PeopleRefusal;

/** A stable text for the current line-up: the form carries it, so a change made meanwhile is a conflict. */
export function staffToken(holders: StaffHolder[]): string {
  return holders.map((h) => `${h.role}:${h.userId}`).sort().join(",");
}

export function planStaffChange(current: StaffHolder[], change: StaffChange): StaffPlan {
  const therapists = [...new Set(change.therapistIds)];
  if (therapists.length > MAX_THERAPISTS) return refusePeople("TOO_MANY_THERAPISTS", "therapistIds", { max: MAX_THERAPISTS });
  const wanted: StaffHolder[] = [{ userId: change.caseworkerId, role: "CASEWORKER" }, ...therapists.map((userId) => ({ userId, role: "THERAPIST" as const }))];
  const key = (h: StaffHolder) => `${h.role}:${h.userId}`;
  const now = new Set(current.map(key));
  const next = new Set(wanted.map(key));
  const leaving = current.filter((h) => !next.has(key(h)));
  const joining = wanted.filter((h) => !now.has(key(h)));
  if (!leaving.length && !joining.length) return refusePeople("STAFF_UNCHANGED", "caseworkerId");
  return { ok: true, leaving, joining };
}

/** After any change the family has exactly one caseworker; true when `holders` say so. */
export const hasOneCaseworker = (holders: StaffHolder[]): boolean => holders.filter((h) => h.role === "CASEWORKER").length === 1;
