import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import { CASE_STAGES, type CaseStage } from "@/domain/method";
import { getDb } from "@/server/db";
import type { Actor } from "@/server/authz/actor";
import { familyScope } from "@/server/authz/scope";
import { writeAudit } from "@/server/audit";

export interface FamilyListFilter {
  q?: string;
  phase?: CaseStage;
  /** Only families whose next follow-up is due on or before this date (YYYY-MM-DD). */
  dueBy?: string;
  /** ... and on or after this date. */
  dueFrom?: string;
  /** Families that need the caseworker: a cycle ending by `attentionBy` or awaiting its assessment, or a plan draft awaiting agreement. */
  attention?: "assessment" | "draft";
  attentionBy?: string;
  take?: number;
  skip?: number;
}

import type { FamilyListRow } from "@/components/family-table";

export type { FamilyListRow };

const day = (d: string) => new Date(`${d}T00:00:00Z`);

function familyListWhere(actor: Actor, filter: FamilyListFilter): Prisma.FamilyWhereInput {
  return {
    AND: [
      familyScope(actor, "family.list"),
      filter.q ? { OR: [{ displayName: { contains: filter.q, mode: "insensitive" } }, { parents: { some: { name: { contains: filter.q, mode: "insensitive" } } } }] } : {},
      filter.phase ? { stage: filter.phase } : {},
      filter.dueBy || filter.dueFrom ? { nextFollowUpDue: { ...(filter.dueBy ? { lte: day(filter.dueBy) } : {}), ...(filter.dueFrom ? { gte: day(filter.dueFrom) } : {}) } } : {},
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
    ],
  };
}

/** How many families match, for the counts on the home pages; the same filter as the list they link to. */
export async function countFamilies(actor: Actor, filter: FamilyListFilter): Promise<number> {
  const db = await getDb();
  return db.family.count({ where: familyListWhere(actor, filter) });
}

export async function listFamilies(actor: Actor, filter: FamilyListFilter = {}): Promise<{ rows: FamilyListRow[]; total: number }> {
  const db = await getDb();
  const where = familyListWhere(actor, filter);
  const [families, total] = await Promise.all([
    db.family.findMany({
      where,
      orderBy: [{ nextFollowUpDue: { sort: "asc", nulls: "last" } }, { displayName: "asc" }],
      take: Math.min(filter.take ?? 50, 200),
      skip: filter.skip ?? 0,
      select: {
        id: true, displayName: true, stage: true, nextFollowUpDue: true,
        assignments: { select: { role: true, user: { select: { name: true } } } },
      },
    }),
    db.family.count({ where }),
  ]);
  await writeAudit(db, actor, { action: "VIEW", recordType: "FamilyList", details: { filter: { ...filter }, count: families.length } });
  return {
    total,
    rows: families.map((f) => ({
      id: f.id,
      displayName: f.displayName,
      stage: f.stage,
      nextFollowUpDue: f.nextFollowUpDue ? f.nextFollowUpDue.toISOString().slice(0, 10) : null,
      caseworkers: f.assignments.filter((a) => a.role === "CASEWORKER").map((a) => a.user.name),
      therapists: f.assignments.filter((a) => a.role === "THERAPIST").map((a) => a.user.name),
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
