import "server-only";
import { Prisma } from "@/generated/prisma/client";
import { addDays, CASE_STAGES, startUpWarningFrom, todayInCopenhagen, type CalendarDate, type CaseStage } from "@/domain/method";
import { getDb } from "@/server/db";
import type { Actor } from "@/server/authz/actor";
import { familyScope } from "@/server/authz/scope";
import { writeAudit } from "@/server/audit";

export interface FamilyListFilter {
  q?: string;
  phase?: CaseStage;
  /** overdue: missed a follow-up and held none since; week/fortnight: the next follow-up falls due within 7/14 days; soon: overdue or fortnight. */
  due?: DueFilter;
  /** The day the due filters are counted from; today in Copenhagen unless given. */
  today?: CalendarDate;
  /** Families that need the caseworker: a cycle ending by `attentionBy` or awaiting its assessment, a plan draft awaiting agreement, or a start-up past the warning (startUpWarning()). */
  attention?: Attention;
  attentionBy?: string;
  take?: number;
  skip?: number;
}

import type { FamilyListRow } from "@/components/family-table";
import { nextDueByWhere, overdueWhere, standingJoin } from "@/features/follow-ups/due-sql";
import { methodConfigFor } from "@/features/method-config";

export type { FamilyListRow };

export const ATTENTION_FILTERS = ["assessment", "draft", "startUp"] as const;
type Attention = (typeof ATTENTION_FILTERS)[number];

async function municipalityConfig(actor: Actor) {
  const db = await getDb();
  const m = actor.municipalityId ? await db.municipality.findUnique({ where: { id: actor.municipalityId }, select: { settings: true } }) : null;
  return methodConfigFor(m?.settings ?? {});
}

export const DUE_FILTERS = ["overdue", "week", "fortnight", "soon"] as const;
export type DueFilter = (typeof DUE_FILTERS)[number];

const day = (d: string) => new Date(`${d}T00:00:00Z`);
const DANISH = new Intl.Collator("da");

function dueWhere(due: DueFilter | undefined, today: CalendarDate): Prisma.FamilyWhereInput {
  if (due === "overdue") return overdueWhere(today);
  if (due === "week") return nextDueByWhere(today, addDays(today, 7));
  if (due === "fortnight") return nextDueByWhere(today, addDays(today, 14));
  if (due === "soon") return { OR: [overdueWhere(today), nextDueByWhere(today, addDays(today, 14))] };
  return {};
}

/** The filter as a where clause; reads the municipality's method settings only when a rule needs them. */
async function familyListWhere(actor: Actor, filter: FamilyListFilter): Promise<Prisma.FamilyWhereInput> {
  const today = filter.today ?? todayInCopenhagen(new Date());
  return {
    AND: [
      familyScope(actor, "family.list"),
      filter.q ? { OR: [{ displayName: { contains: filter.q, mode: "insensitive" } }, { parents: { some: { name: { contains: filter.q, mode: "insensitive" } } } }] } : {},
      filter.phase ? { stage: filter.phase } : {},
      dueWhere(filter.due, today),
      filter.attention === "assessment"
        ? {
            stage: { not: "CLOSED" },
            phases: {
              some: {
                kind: { in: ["CHANGE", "MAINTENANCE"] },
                OR: [{ endDate: null, plannedEndDate: { lte: day(filter.attentionBy ?? "9999-12-31") } }, { endDate: { not: null }, assessment: { is: null } }],
              },
            },
          }
        : {},
      filter.attention === "draft" ? { stage: { not: "CLOSED" }, plan: { versions: { some: { status: "DRAFT" } } } } : {},
      filter.attention === "startUp"
        ? { stage: "START_UP", phases: { some: { kind: "START_UP", endDate: null, startDate: { lte: day(startUpWarningFrom(today, await municipalityConfig(actor))) } } } }
        : {},
    ],
  };
}

/** How many families match, for the counts on the home pages; the same filter as the list they link to. */
export async function countFamilies(actor: Actor, filter: FamilyListFilter): Promise<number> {
  const db = await getDb();
  return db.family.count({ where: await familyListWhere(actor, filter) });
}

/**
 * One page of the families the filter selects, soonest next follow-up first. The filter stays a
 * Prisma where (the scope is written once, in familyScope); the order needs the follow-up standing
 * worked out for today, so the page is cut in SQL from the matching ids.
 */
export async function listFamilies(actor: Actor, filter: FamilyListFilter = {}): Promise<{ rows: FamilyListRow[]; total: number }> {
  const db = await getDb();
  const today = filter.today ?? todayInCopenhagen(new Date());
  const ids = (await db.family.findMany({ where: await familyListWhere(actor, { ...filter, today }), select: { id: true } })).map((f) => f.id);
  const page = await db.$queryRaw<{ id: string; displayName: string; stage: CaseStage; next: string | null; missed: number; overdueSince: string | null }[]>(Prisma.sql`
    SELECT f.id, f."displayName", f."stage"::text AS stage, fs.next::text AS next, fs.missed, fs."overdueSince"::text AS "overdueSince"
    FROM "Family" f ${standingJoin(today)}
    WHERE f.id = ANY(${ids}::text[])
    ORDER BY fs.next ASC NULLS LAST, f."displayName" ASC, f.id ASC
    LIMIT ${Math.min(filter.take ?? 50, 200)} OFFSET ${filter.skip ?? 0}`);
  // Sorted here: ordering by the user's name in SQL makes PostgreSQL scan every assignment.
  const assignments = (await db.familyAssignment.findMany({
    where: { familyId: { in: page.map((f) => f.id) } },
    select: { familyId: true, role: true, user: { select: { name: true } } },
  })).sort((a, b) => DANISH.compare(a.user.name, b.user.name));
  await writeAudit(db, actor, { action: "VIEW", recordType: "FamilyList", details: { filter: { ...filter }, count: page.length } });
  const staff = (familyId: string, role: string) => assignments.filter((a) => a.familyId === familyId && a.role === role).map((a) => a.user.name);
  return {
    total: ids.length,
    rows: page.map((f) => ({
      id: f.id,
      displayName: f.displayName,
      stage: f.stage,
      nextFollowUp: f.next,
      missedFollowUps: f.missed,
      overdueSince: f.overdueSince,
      caseworkers: staff(f.id, "CASEWORKER"),
      therapists: staff(f.id, "THERAPIST"),
    })),
  };
}

/** How many families are in each stage (Family.stage, as caseStage() gives it). */
export async function countFamiliesByPhase(actor: Actor): Promise<Record<CaseStage, number>> {
  const db = await getDb();
  const groups = await db.family.groupBy({ by: ["stage"], where: familyScope(actor, "family.list"), _count: { _all: true } });
  const counts = Object.fromEntries(CASE_STAGES.map((s) => [s, 0])) as Record<CaseStage, number>;
  for (const g of groups) counts[g.stage] = g._count._all;
  await writeAudit(db, actor, { action: "VIEW", recordType: "FamilyCounts" });
  return counts;
}
