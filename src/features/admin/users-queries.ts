import "server-only";
import { MUNICIPAL_STAFF } from "./users-roles";
import { roleMay } from "@/server/authz/policy";
import type { Actor } from "@/server/authz/actor";
import { auditFamilyViews, writeAudit } from "@/server/audit";
import { getDb } from "@/server/db";
import { accountKey, isLocked, THROTTLE } from "@/server/auth/throttle";
import { openCaseloadOf, openFamiliesOf } from "./users-caseload";

export type UserStatus = "ACTIVE" | "INVITED" | "INACTIVE";
const statusOf = (u: { active: boolean; passwordHash: string | null }): UserStatus => (!u.active ? "INACTIVE" : u.passwordHash ? "ACTIVE" : "INVITED");

const USER_FIELDS = { id: true, name: true, email: true, role: true, active: true, version: true, passwordHash: true } as const;

/** The municipality's own staff (site users are listed under the sites), for the administrator. */
export async function listMunicipalUsers(actor: Actor) {
  const db = await getDb();
  const rows = await db.user.findMany({
    where: { municipalityId: actor.municipalityId ?? "", ...MUNICIPAL_STAFF },
    orderBy: [{ active: "desc" }, { role: "asc" }, { name: "asc" }],
    select: USER_FIELDS,
    take: 1000,
  });
  await writeAudit(db, actor, { action: "VIEW", recordType: "UserList", details: { count: rows.length } });
  return rows.map(({ passwordHash, ...u }) => ({ ...u, status: statusOf({ active: u.active, passwordHash }) }));
}

/** One managed user with what the administrator may know: open families as counts, never names. */
export async function loadManagedUser(actor: Actor, userId: string, now = new Date()) {
  const db = await getDb();
  const row = await db.user.findFirst({ where: { id: userId.slice(0, 64), municipalityId: actor.municipalityId ?? "", ...MUNICIPAL_STAFF }, select: USER_FIELDS });
  if (!row) {
    await writeAudit(db, actor, { action: "ACCESS_DENIED", recordType: "User", recordId: userId.slice(0, 64) });
    return null;
  }
  const { passwordHash, ...user } = row;
  const pairPrefix = `pair:${JSON.stringify([user.email]).slice(0, -1)},`;
  const [caseload, throttles] = await Promise.all([
    openCaseloadOf(db, user.id),
    db.loginThrottle.findMany({ where: { OR: [{ key: accountKey(user.email) }, { key: { startsWith: pairPrefix } }] } }),
  ]);
  // The account key is never locked, only slowed: failures past the free attempts count as "locked" for the person who calls IT.
  const locked = throttles.some((t) => isLocked(t, now) || (t.key === accountKey(user.email) && t.failures > THROTTLE.freeAttempts.account));
  await writeAudit(db, actor, { action: "VIEW", recordType: "User", recordId: user.id });
  return { ...user, status: statusOf({ active: user.active, passwordHash }), caseload, locked, hasThrottle: throttles.length > 0 };
}

/**
 * The handover form: the municipality's caseworkers and therapists, and for a chosen leaver the
 * open families per role. Names of families only for a role that may read families (the
 * coordinator); the administrator gets counts, and no family is read in full for them.
 */
export async function loadHandoverPage(actor: Actor, leaverId?: string) {
  const db = await getDb();
  const municipalityId = actor.municipalityId ?? "";
  const staff = await db.user.findMany({
    where: { municipalityId, role: { in: ["CASEWORKER", "THERAPIST"] } },
    orderBy: [{ role: "asc" }, { name: "asc" }],
    select: { id: true, name: true, role: true, active: true },
    take: 1000,
  });
  if (!leaverId) return { staff, leaver: null, counts: null, families: null };
  const leaver = await db.user.findFirst({ where: { id: leaverId.slice(0, 64), municipalityId, ...MUNICIPAL_STAFF }, select: { id: true, name: true, role: true, active: true } });
  if (!leaver) {
    await writeAudit(db, actor, { action: "ACCESS_DENIED", recordType: "CaseloadHandover", recordId: leaverId.slice(0, 64) });
    return null;
  }
  const counts = await openCaseloadOf(db, leaver.id);
  let families: { id: string; name: string; role: "CASEWORKER" | "THERAPIST" }[] | null = null;
  if (roleMay(actor.role, "family.view")) {
    const open = await openFamiliesOf(db, leaver.id, municipalityId);
    const names = await db.family.findMany({ where: { id: { in: open.map((f) => f.familyId) } }, select: { id: true, displayName: true } });
    families = open.map((f) => ({
      id: f.familyId,
      name: names.find((n) => n.id === f.familyId)?.displayName ?? "",
      role: f.holders.find((h) => h.userId === leaver.id)!.role,
    }));
    families.sort((x, y) => x.name.localeCompare(y.name, "da"));
    await auditFamilyViews(db, actor, "CaseloadHandover", open.map((f) => ({ familyId: f.familyId, municipalityId })));
  }
  await writeAudit(db, actor, { action: "VIEW", recordType: "CaseloadHandover", recordId: leaver.id, details: { ...counts } });
  return { staff, leaver, counts, families };
}
