import "server-only";
import { cache } from "react";
import { ageOn } from "@/domain/people/placements";
import { checkAdvance, deadlineDaysLeft, isDecided, isEnded, nextStages } from "@/domain/matching";
import { todayInCopenhagen } from "@/domain/method";
import { getDb } from "@/server/db";
import type { Actor } from "@/server/authz/actor";
import { roleMay } from "@/server/authz/policy";
import { familyScope, matchingCaseScope } from "@/server/authz/scope";
import { writeAudit } from "@/server/audit";
import { fromDbDate, fromDbDateOrNull } from "@/server/dates";
import { reachMatchingCase } from "./access";
import { loadMatchingSnapshot } from "./snapshot";
import { wishHearers } from "./wish-hearers";

const ENDED = ["CLOSED", "WITHDRAWN"] as const;

/** The matching cases the user reaches: open ones (default) or ended ones. Audited as one list read. */
export async function listMatchingCases(actor: Actor, opts: { ended?: boolean } = {}) {
  const db = await getDb();
  const today = todayInCopenhagen(new Date());
  const rows = await db.matchingCase.findMany({
    where: { ...matchingCaseScope(actor), stage: opts.ended ? { in: [...ENDED] } : { notIn: [...ENDED] } },
    orderBy: [{ deadline: { sort: "asc", nulls: "last" } }, { openedOn: "asc" }],
    take: 200,
    select: {
      id: true, stage: true, urgency: true, deadline: true, openedOn: true, consultantId: true,
      child: { select: { name: true, birthDate: true, family: { select: { id: true, displayName: true } } } },
    },
  });
  const consultants = await userNames(rows.map((r) => r.consultantId));
  await writeAudit(db, actor, { action: "VIEW", recordType: "MatchingCaseList", details: { ended: !!opts.ended, count: rows.length } });
  return rows.map((r) => ({
    id: r.id,
    stage: r.stage,
    urgency: r.urgency,
    deadline: fromDbDateOrNull(r.deadline),
    daysLeft: deadlineDaysLeft(r, fromDbDateOrNull(r.deadline), today),
    childName: r.child.name,
    childAge: ageOn(fromDbDate(r.child.birthDate), today),
    familyId: r.child.family.id,
    familyName: r.child.family.displayName,
    consultant: r.consultantId ? (consultants.get(r.consultantId) ?? null) : null,
  }));
}

/** What the open-case form offers: the caseworker's children without an open case, and the municipality's consultants. */
export async function openCaseOptions(actor: Actor) {
  const db = await getDb();
  const [children, consultants] = await Promise.all([
    db.child.findMany({
      where: { family: { ...familyScope(actor, "matching.open"), closedOn: null }, matchingCases: { none: { stage: { notIn: [...ENDED] } } } },
      orderBy: [{ family: { displayName: "asc" } }, { birthDate: "asc" }],
      take: 500,
      select: { id: true, name: true, family: { select: { displayName: true } } },
    }),
    db.user.findMany({ where: { role: "CONSULTANT", active: true, municipalityId: actor.municipalityId ?? "" }, orderBy: { name: "asc" }, select: { id: true, name: true } }),
  ]);
  await writeAudit(db, actor, { action: "VIEW", recordType: "MatchingCaseList", details: { purpose: "open", children: children.length } });
  return {
    children: children.map((c) => ({ value: c.id, label: `${c.name} (${c.family.displayName})` })),
    consultants: consultants.map((u) => ({ value: u.id, label: u.name })),
  };
}

/**
 * The case as its overview shows it: the child, the newest profile and the earlier versions, every
 * person's wishes, and for the caseworker the next steps with what still stands in their way.
 * One cached, scoped, audited read per request, shared by the title and the page.
 */
export const loadMatchingCase = cache(async (actor: Actor, caseId: string) => {
  const db = await getDb();
  const reach = await reachMatchingCase(db, actor, caseId, "matching.view");
  if (!reach) return null;
  const today = todayInCopenhagen(new Date());
  const c = await db.matchingCase.findUniqueOrThrow({
    where: { id: reach.id },
    select: {
      id: true, municipalityId: true, stage: true, urgency: true, legalBasis: true, deadline: true, openedOn: true, withdrawnReason: true, version: true, consultantId: true, openedById: true,
      child: {
        select: {
          id: true, name: true, birthDate: true,
          family: { select: { id: true, displayName: true, parents: { orderBy: { createdAt: "asc" }, select: { id: true, name: true, hasCustody: true } } } },
        },
      },
      profiles: { orderBy: { version: "desc" }, select: { id: true, version: true, createdAt: true, createdById: true, needs: true, resources: true, school: true, inSchool: true, siblings: true, hasSiblings: true, placeSiblingsTogether: true, health: true, languageCulture: true, interests: true, network: true, distanceToParents: true } },
      wishes: { select: { id: true, person: true, words: true, fears: true, heardOn: true, heardHow: true, heardById: true, notHeardReason: true, version: true } },
    },
  });
  const names = await userNames([c.consultantId, c.openedById, ...c.profiles.map((p) => p.createdById), ...c.wishes.map((w) => w.heardById)]);
  const snapshot = await loadMatchingSnapshot(db, c.id);
  const canDecide = roleMay(actor.role, "matching.decide");
  const canWrite = roleMay(actor.role, "matching.write") && !isEnded(c.stage);
  const hearers = canWrite ? await wishHearers(db, { municipalityId: c.municipalityId, familyId: c.child.family.id, consultantId: c.consultantId }) : [];
  const steps = canDecide
    ? nextStages(snapshot).filter((to) => to !== "TRANSITION").map((to) => ({ to, refusal: checkAdvance(snapshot, to, today) }))
    : [];
  await writeAudit(db, actor, { action: "VIEW", recordType: "MatchingCase", recordId: c.id, familyId: c.child.family.id });
  const persons = [
    { person: "CHILD", name: c.child.name, isChild: true },
    ...c.child.family.parents.map((p) => ({ person: p.id, name: p.name, isChild: false })),
  ];
  return {
    id: c.id,
    stage: c.stage,
    urgency: c.urgency,
    legalBasis: c.legalBasis,
    version: c.version,
    deadline: fromDbDateOrNull(c.deadline),
    daysLeft: deadlineDaysLeft(c, fromDbDateOrNull(c.deadline), today),
    openedOn: fromDbDate(c.openedOn),
    withdrawnReason: c.withdrawnReason,
    ended: isEnded(c.stage),
    decided: isDecided(c.stage),
    consultant: c.consultantId ? (names.get(c.consultantId) ?? null) : null,
    child: { id: c.child.id, name: c.child.name, age: ageOn(fromDbDate(c.child.birthDate), today) },
    family: { id: c.child.family.id, name: c.child.family.displayName },
    profiles: c.profiles.map((p) => ({ ...p, createdBy: names.get(p.createdById) ?? null })),
    wishes: persons.map((p) => {
      const w = c.wishes.find((x) => x.person === p.person);
      return { ...p, wish: w ? { ...w, heardOn: fromDbDateOrNull(w.heardOn), heardBy: w.heardById ? (names.get(w.heardById) ?? null) : null } : null };
    }),
    steps,
    canWrite,
    /** Who may be named as having heard a person (the form adds whoever is already on record). */
    hearers,
    actorId: actor.id,
    canDecide: canDecide && !isEnded(c.stage),
    today,
  };
});

async function userNames(ids: (string | null)[]) {
  const wanted = [...new Set(ids.filter((i): i is string => !!i))];
  if (!wanted.length) return new Map<string, string>();
  const users = await (await getDb()).user.findMany({ where: { id: { in: wanted } }, select: { id: true, name: true } });
  return new Map(users.map((u) => [u.id, u.name]));
}

export type MatchingCasePage = NonNullable<Awaited<ReturnType<typeof loadMatchingCase>>>;
