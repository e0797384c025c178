import "server-only";
import { getDb } from "@/server/db";
import { writeAudit } from "@/server/audit";
import type { Actor } from "@/server/authz/actor";
import { fromDbDateOrNull } from "@/server/dates";
import { reachOwnFamily } from "./reach";

const GOAL_FIELDS = { id: true, lineageId: true, title: true, parentsWords: true, successCriteria: true, supportedBy: true } as const;

export type PortalGoal = { id: string; lineageId: string; title: string; parentsWords: string; successCriteria: string; supportedBy: string };

export interface PortalPlanVersion {
  id: string;
  number: number;
  rowVersion: number;
  parentsAccount: string;
  agreedOn: string | null;
  agreedInPortal: boolean;
  goals: PortalGoal[];
}

/**
 * The parent's plan: the agreed version and a draft the caseworker has put before them, with the active
 * goals only (what the parents agreed to work on), and the parent's own latest answer to the draft. Never
 * the drafts still being written, the therapist's proposals or anyone's internal notes. Marks when the
 * parent last looked, for the caseworker.
 */
export async function loadPortalPlan(actor: Actor, { markViewed = false } = {}) {
  const db = await getDb();
  const family = await reachOwnFamily(db, actor, "portal.view");
  if (!family) return null;
  const versions = await db.actionPlanVersion.findMany({
    where: { plan: { familyId: family.id }, OR: [{ status: "AGREED" }, { status: "DRAFT", offeredToParentsAt: { not: null } }] },
    select: {
      id: true, number: true, status: true, version: true, parentsAccount: true, agreedOn: true, agreedHow: true,
      goals: { where: { status: "ACTIVE" }, orderBy: { position: "asc" }, select: GOAL_FIELDS },
      parentResponses: { where: { parentId: family.parentId }, orderBy: { createdAt: "desc" }, take: 1, select: { agreed: true, reason: true, versionSeen: true, createdAt: true } },
    },
  });
  const shape = (v: (typeof versions)[number]): PortalPlanVersion => ({
    id: v.id, number: v.number, rowVersion: v.version, parentsAccount: v.parentsAccount,
    agreedOn: fromDbDateOrNull(v.agreedOn), agreedInPortal: v.agreedHow === "PORTAL", goals: v.goals,
  });
  const agreed = versions.find((v) => v.status === "AGREED");
  const offered = versions.find((v) => v.status === "DRAFT");
  const answer = offered?.parentResponses[0];
  await db.$transaction(async (tx) => {
    await writeAudit(tx, actor, { action: "VIEW", recordType: "ParentPortal", recordId: family.id, familyId: family.id, details: { view: "plan" } });
    if (markViewed) await tx.parent.update({ where: { id: family.parentId }, data: { portalPlanViewedAt: new Date() } });
  });
  return {
    family,
    agreed: agreed ? shape(agreed) : null,
    offered: offered ? shape(offered) : null,
    // An answer to an earlier state of the draft no longer stands: the caseworker changed it since.
    offeredAnswer: answer && offered && answer.versionSeen === offered.version ? { agreed: answer.agreed, reason: answer.reason, at: answer.createdAt } : null,
  };
}
