import { planStaffChange, type StaffChange, type StaffHolder, type StaffRole } from "./staff";

// Handing a leaver's caseload over, and the rules that keep a family from losing its caseworker.
// The line-up change for each family goes through planStaffChange, the same rule a single change uses.

export const USER_ADMIN_REASON_CODES = [
  "OPEN_FAMILIES_HELD",
  "ROLE_HELD_ON_FAMILIES",
  "NOT_YOURSELF",
  "EMAIL_TAKEN",
  "HANDOVER_NOTHING",
  "HANDOVER_NO_TARGET",
  "HANDOVER_TARGET_IS_LEAVER",
  "HANDOVER_FAMILY_UNKNOWN",
  "HANDOVER_NO_CASEWORKER",
  "ALREADY_HAS_PASSWORD",
  "USER_INACTIVE",
] as const;

export type UserAdminReason = (typeof USER_ADMIN_REASON_CODES)[number];

export interface UserAdminRefusal {
  ok: false;
  reason: UserAdminReason;
  field: string;
  params?: Record<string, string | number>;
}

const refuse = (reason: UserAdminReason, field: string, params?: Record<string, string | number>): UserAdminRefusal =>
  params ? { ok: false, reason, field, params } : { ok: false, reason, field };

/** How many open families a person holds, per role on the family. */
export type OpenCaseload = Record<StaffRole, number>;

/**
 * Nobody's family is left without a responsible caseworker: a caseworker is deactivated only once
 * their open families have been handed over. A therapist's families keep their caseworker, so they
 * may leave with families still listed (the caseworker chooses a new therapist).
 */
export function checkDeactivation(held: OpenCaseload): UserAdminRefusal | null {
  return held.CASEWORKER > 0 ? refuse("OPEN_FAMILIES_HELD", "active", { count: held.CASEWORKER }) : null;
}

/**
 * A role is also what a person does on their families: reach follows the family's assignment, so a
 * caseworker turned consultant would still be the family's caseworker. Hand over first.
 */
export function checkRoleChange(from: string, to: string, held: OpenCaseload): UserAdminRefusal | null {
  if (from === to) return null;
  for (const role of ["CASEWORKER", "THERAPIST"] as const) {
    if (from === role && held[role] > 0) return refuse("ROLE_HELD_ON_FAMILIES", "role", { count: held[role] });
  }
  return null;
}

export interface HandoverFamily {
  familyId: string;
  holders: StaffHolder[];
}

export interface HandoverTarget {
  userId: string;
  role: StaffRole;
}

export interface HandoverMove {
  familyId: string;
  role: StaffRole;
  toUserId: string;
  change: StaffChange;
  leaving: StaffHolder[];
  joining: StaffHolder[];
}

export type HandoverPlan = { ok: true; moves: HandoverMove[] } | UserAdminRefusal;

/**
 * Which colleague takes which family: per role, the families in the given order go round-robin to
 * the targets of that role (one target takes them all). Each family's new line-up is checked by
 * planStaffChange; the first refusal refuses the whole handover, so nothing moves halfway.
 */
export function planHandover(leaverId: string, families: HandoverFamily[], targets: HandoverTarget[]): HandoverPlan {
  if (!families.length) return refuse("HANDOVER_NOTHING", "familyIds");
  if (targets.some((t) => t.userId === leaverId)) return refuse("HANDOVER_TARGET_IS_LEAVER", "targetIds");
  const next: Record<StaffRole, number> = { CASEWORKER: 0, THERAPIST: 0 };
  const moves: HandoverMove[] = [];
  for (const family of families) {
    const held = family.holders.find((h) => h.userId === leaverId);
    if (!held) return refuse("HANDOVER_FAMILY_UNKNOWN", "familyIds");
    const pool = targets.filter((t) => t.role === held.role);
    if (!pool.length) return refuse("HANDOVER_NO_TARGET", "targetIds", { role: held.role });
    const to = pool[next[held.role]++ % pool.length]!;
    const caseworker = held.role === "CASEWORKER" ? to.userId : family.holders.find((h) => h.role === "CASEWORKER")?.userId;
    if (!caseworker) return refuse("HANDOVER_NO_CASEWORKER", "familyIds");
    const therapists = family.holders.filter((h) => h.role === "THERAPIST").map((h) => h.userId);
    const therapistIds = held.role === "THERAPIST" ? [...therapists.filter((id) => id !== leaverId), to.userId] : therapists;
    const change: StaffChange = { caseworkerId: caseworker, therapistIds };
    const plan = planStaffChange(family.holders, change);
    if (!plan.ok) return refuse("HANDOVER_NOTHING", "targetIds");
    moves.push({ familyId: family.familyId, role: held.role, toUserId: to.userId, change, leaving: plan.leaving, joining: plan.joining });
  }
  return { ok: true, moves };
}

/** What the form shows before the handover: open families per role on the family. */
export function countCaseload(leaverId: string, families: HandoverFamily[]): OpenCaseload {
  const out: OpenCaseload = { CASEWORKER: 0, THERAPIST: 0 };
  for (const f of families) for (const h of f.holders) if (h.userId === leaverId) out[h.role]++;
  return out;
}
