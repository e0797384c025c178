// Small builders for test data. Each returns what a test needs to act and to assert.
import { caseStage, DEFAULT_METHOD_CONFIG, plannedEndDate, type MethodConfig } from "@/domain/method";
import { storeDueDates } from "@/server/due-dates";
import { loadSnapshot } from "@/features/phases/snapshot";
import { randomUUID } from "node:crypto";
import type { Role } from "@/generated/prisma/enums";
import { getDb } from "@/server/db";
import { loadActor } from "@/server/auth/session";
import type { Actor } from "@/server/authz/actor";

const uid = () => randomUUID().slice(0, 8);

export async function makeMunicipality(name = `Kommune ${uid()}`) {
  const db = await getDb();
  return db.municipality.create({ data: { code: uid(), name } });
}

export async function makeUser(role: Role, municipalityId: string | null, extra: { passwordHash?: string; email?: string; active?: boolean } = {}) {
  const db = await getDb();
  return db.user.create({
    data: { role, municipalityId, email: extra.email ?? `${role.toLowerCase()}-${uid()}@test.local`, name: `${role} ${uid()}`, passwordHash: extra.passwordHash, active: extra.active ?? true },
  });
}

export async function actorFor(userId: string): Promise<Actor> {
  const actor = await loadActor(userId);
  if (!actor) throw new Error(`no active user ${userId}`);
  return actor;
}

export async function makeSite(name = `Plejefamilie ${uid()}`) {
  const db = await getDb();
  return db.placementSite.create({ data: { name, kind: "GENERAL_FOSTER_FAMILY" } });
}

export async function joinSite(userId: string, siteId: string, role: "STAFF" | "CONSULTANT") {
  const db = await getDb();
  return db.siteMembership.create({ data: { userId, siteId, role } });
}

/** A family in start-up with one parent and one child placed at `siteId` (if given). */
export async function makeFamily(municipalityId: string, opts: { caseworkerId?: string; therapistId?: string; siteId?: string; name?: string } = {}) {
  const db = await getDb();
  const family = await db.family.create({
    data: {
      municipalityId,
      displayName: opts.name ?? `Familien ${uid()}`,
      enrolledOn: new Date("2026-01-05T00:00:00Z"),
      parents: { create: [{ name: `Forælder ${uid()}`, phone: "12345678", strengths: "Møder op", wishes: "Mere samvær" }] },
      children: { create: [{ name: `Barn ${uid()}`, birthDate: new Date("2018-04-01T00:00:00Z") }] },
      assignments: {
        create: [
          ...(opts.caseworkerId ? [{ userId: opts.caseworkerId, role: "CASEWORKER" as const }] : []),
          ...(opts.therapistId ? [{ userId: opts.therapistId, role: "THERAPIST" as const }] : []),
        ],
      },
      phases: { create: [{ kind: "START_UP", startDate: new Date("2026-01-05T00:00:00Z"), startedById: opts.caseworkerId ?? "system" }] },
    },
    include: { children: true, parents: true },
  });
  if (opts.siteId) {
    await db.placement.create({
      data: { childId: family.children[0]!.id, siteId: opts.siteId, type: "GENERAL_FOSTER_FAMILY", legalBasis: "VOLUNTARY", startDate: new Date("2026-01-01T00:00:00Z") },
    });
  }
  return family;
}

export async function auditRows(where: { actorId?: string; action?: "ACCESS_DENIED" | "VIEW" | "CREATE" | "UPDATE" | "LOGIN" | "LOGIN_FAILED"; recordId?: string; familyId?: string }) {
  const db = await getDb();
  return db.auditEvent.findMany({ where, orderBy: { id: "asc" } });
}

/**
 * Ends the family's open phase and starts a change phase on `startDate` (fortnightly follow-ups),
 * with follow-ups held on the given dates; stores the stage and due dates as the commands do.
 */
export async function putInChange(familyId: string, opts: { startDate: string; plannedWeeks?: number; followUps?: string[]; config?: MethodConfig }) {
  const db = await getDb();
  const day = (d: string) => new Date(`${d}T00:00:00Z`);
  const plannedWeeks = opts.plannedWeeks ?? 12;
  await db.phase.updateMany({ where: { familyId, endDate: null }, data: { endDate: day(opts.startDate) } });
  const phase = await db.phase.create({
    data: {
      familyId, kind: "CHANGE", startDate: day(opts.startDate), plannedWeeks, followUpIntervalDays: 14, startedById: "system",
      plannedEndDate: day(plannedEndDate({ startDate: opts.startDate, plannedWeeks })!),
    },
  });
  for (const date of opts.followUps ?? []) {
    await db.followUp.create({ data: { familyId, phaseId: phase.id, date: day(date), heldById: "system", requestId: `req-${uid()}` } });
  }
  const snapshot = await loadSnapshot(db, familyId);
  await db.family.update({ where: { id: familyId }, data: { stage: caseStage(snapshot) } });
  await storeDueDates(db, familyId, snapshot, opts.config ?? DEFAULT_METHOD_CONFIG);
  return phase;
}
