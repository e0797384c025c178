import "server-only";
import { addDays, todayInCopenhagen } from "@/domain/method";
import { nextSessions, sessionCounts } from "@/domain/contact/schedule";
import { getDb } from "@/server/db";
import type { Actor } from "@/server/authz/actor";
import { familyScope, siteChildScope } from "@/server/authz/scope";
import { writeAudit } from "@/server/audit";
import { targetMunicipalityOf } from "@/server/audit-target";
import { fromDbDate, fromDbDateOrNull } from "@/server/dates";
import { topUpBeforeRead } from "./rolling";

const versionSelect = {
  id: true, number: true, frequency: true, customDates: true, durationMinutes: true, place: true, supervised: true, supervisedBy: true,
  mode: true, validFrom: true, validTo: true, notes: true, createdAt: true,
} as const;

type VersionRow = { customDates: Date[]; validFrom: Date; validTo: Date | null } & Record<string, unknown>;
const mapVersion = <V extends VersionRow>(v: V) => ({ ...v, customDates: v.customDates.map(fromDbDate), validFrom: fromDbDate(v.validFrom), validTo: fromDbDateOrNull(v.validTo) });

/** A child's contact plan for the family's own professionals (caseworker, therapist, coordinator, consultant). */
export async function loadChildContactPlan(actor: Actor, familyId: string, childId: string, now = new Date()) {
  const db = await getDb();
  const today = todayInCopenhagen(now);
  // Only a plan the actor may see is topped up; the scope below decides what is shown.
  await topUpBeforeRead(db, { child: { id: childId, familyId, family: familyScope(actor, "contactPlan.view") } }, today);
  const child = await db.child.findFirst({
    where: { id: childId, familyId, family: familyScope(actor, "contactPlan.view") },
    select: {
      id: true, name: true, family: { select: { id: true, displayName: true, municipalityId: true, stage: true } },
      contactPlans: {
        take: 1,
        select: {
          id: true, sessionsUntil: true,
          versions: { orderBy: { number: "desc" }, select: versionSelect },
          sessions: { orderBy: { date: "asc" }, select: { id: true, date: true, status: true, observation: true, version: true } },
          comments: { orderBy: { createdAt: "desc" }, take: 50, select: { id: true, body: true, createdAt: true, authorId: true } },
        },
      },
    },
  });
  if (!child) {
    const targetMunicipalityId = await targetMunicipalityOf(db, { familyId, childId });
    await writeAudit(db, actor, { action: "ACCESS_DENIED", recordType: "Child", recordId: childId.slice(0, 64), targetMunicipalityId, details: { familyId: familyId.slice(0, 64) } });
    return null;
  }
  await writeAudit(db, actor, { action: "VIEW", recordType: "ContactPlan", recordId: child.id, familyId: child.family.id, municipalityId: child.family.municipalityId });
  const plan = child.contactPlans[0] ?? null;
  const sessions = (plan?.sessions ?? []).map((s) => ({ ...s, date: fromDbDate(s.date) }));
  const authors = await db.user.findMany({ where: { id: { in: (plan?.comments ?? []).map((c) => c.authorId) } }, select: { id: true, name: true } });
  return {
    today,
    child: { id: child.id, name: child.name },
    family: child.family,
    plan: plan ? { id: plan.id, versions: plan.versions.map(mapVersion), sessionsUntil: fromDbDateOrNull(plan.sessionsUntil) } : null,
    sessions,
    next: nextSessions(sessions, today),
    counts: sessionCounts(sessions, { from: addDays(today, -91), to: today }),
    comments: (plan?.comments ?? []).map((c) => ({ ...c, author: authors.find((a) => a.id === c.authorId)?.name ?? "" })),
  };
}

/** A placement site's view of one child: names, the contact plan and its sessions. Nothing else of the case. */
export async function loadSiteChild(actor: Actor, childId: string, now = new Date()) {
  const db = await getDb();
  const today = todayInCopenhagen(now);
  await topUpBeforeRead(db, { child: { id: childId, ...siteChildScope(actor) } }, today);
  const child = await db.child.findFirst({
    where: { id: childId, ...siteChildScope(actor) },
    select: {
      id: true, name: true,
      family: { select: { id: true, municipalityId: true, parents: { select: { name: true }, orderBy: { name: "asc" } } } },
      contactPlans: {
        take: 1,
        select: {
          versions: { orderBy: { number: "desc" }, take: 1, select: versionSelect },
          sessions: { orderBy: { date: "asc" }, select: { id: true, date: true, status: true, observation: true, version: true } },
        },
      },
    },
  });
  if (!child) {
    const targetMunicipalityId = await targetMunicipalityOf(db, { childId });
    await writeAudit(db, actor, { action: "ACCESS_DENIED", recordType: "Child", recordId: childId.slice(0, 64), municipalityId: null, targetMunicipalityId });
    return null;
  }
  await writeAudit(db, actor, { action: "VIEW", recordType: "Child", recordId: child.id, familyId: child.family.id, municipalityId: child.family.municipalityId });
  const plan = child.contactPlans[0];
  const sessions = (plan?.sessions ?? []).map((s) => ({ ...s, date: fromDbDate(s.date) }));
  return {
    today,
    child: { id: child.id, name: child.name, parents: child.family.parents.map((p) => p.name) },
    version: plan?.versions[0] ? mapVersion(plan.versions[0]) : null,
    toRecord: sessions.filter((s) => s.status === "PLANNED" && s.date <= today),
    // Today's session is under toRecord; a monthly plan still shows five sessions ahead.
    coming: nextSessions(sessions.filter((s) => s.date > today), today),
    recorded: sessions.filter((s) => s.status !== "PLANNED").slice(-20).reverse(),
  };
}

/** For a consultant: the children placed at one of their sites (own municipality), with session counts for 3 months. */
export async function loadConsultantSite(actor: Actor, siteId: string, now = new Date()) {
  const db = await getDb();
  if (!actor.consultantSiteIds.includes(siteId)) {
    await writeAudit(db, actor, { action: "ACCESS_DENIED", recordType: "PlacementSite", recordId: siteId.slice(0, 64) });
    return null;
  }
  const today = todayInCopenhagen(now);
  const from = addDays(today, -91);
  const site = await db.placementSite.findUniqueOrThrow({ where: { id: siteId }, select: { id: true, name: true } });
  const children = await db.child.findMany({
    where: { placements: { some: { siteId, endDate: null } }, family: familyScope(actor, "contactPlan.view") },
    orderBy: { name: "asc" },
    select: {
      id: true, name: true, family: { select: { id: true, displayName: true } },
      contactPlans: {
        take: 1,
        select: {
          id: true,
          versions: { orderBy: { number: "desc" }, take: 1, select: versionSelect },
          sessions: { where: { date: { gte: new Date(`${from}T00:00:00Z`), lte: new Date(`${today}T00:00:00Z`) } }, select: { date: true, status: true } },
          comments: { orderBy: { createdAt: "desc" }, take: 3, select: { id: true, body: true, createdAt: true } },
        },
      },
    },
  });
  await writeAudit(db, actor, { action: "VIEW", recordType: "PlacementSite", recordId: siteId, details: { children: children.length } });
  return {
    site,
    children: children.map((c) => {
      const plan = c.contactPlans[0];
      return {
        id: c.id, name: c.name, family: c.family,
        contactPlanId: plan?.id ?? null,
        version: plan?.versions[0] ? mapVersion(plan.versions[0]) : null,
        counts: sessionCounts((plan?.sessions ?? []).map((s) => ({ date: fromDbDate(s.date), status: s.status })), { from, to: today }),
        comments: plan?.comments ?? [],
      };
    }),
  };
}
