import "server-only";
import { isFileRequestOverdue, parentAccessState, type ParentAccessState } from "@/domain/parents";
import { todayInCopenhagen } from "@/domain/method";
import type { Db } from "@/server/db";
import { auditFamilyViews } from "@/server/audit";
import type { Actor } from "@/server/authz/actor";
import { familyScope } from "@/server/authz/scope";
import { roleMay } from "@/server/authz/policy";
import { fromDbDate } from "@/server/dates";

export interface ParentAccessRow {
  parentId: string;
  name: string;
  email: string | null;
  loginEmail: string | null;
  state: ParentAccessState;
  planViewedAt: Date | null;
}

/** Each parent of a family (already reached by the caller) and where their own access stands. */
export async function parentAccessRows(db: Db, familyId: string): Promise<ParentAccessRow[]> {
  const parents = await db.parent.findMany({
    where: { familyId },
    orderBy: { createdAt: "asc" },
    select: { id: true, name: true, email: true, portalPlanViewedAt: true, portalUser: { select: { email: true, active: true, passwordHash: true, _count: { select: { sessions: true } } } } },
  });
  return parents.map((p) => ({
    parentId: p.id, name: p.name, email: p.email, loginEmail: p.portalUser?.email ?? null, planViewedAt: p.portalPlanViewedAt,
    state: parentAccessState(p.portalUser ? { active: p.portalUser.active, hasSignedIn: !!p.portalUser.passwordHash || p.portalUser._count.sessions > 0 } : null),
  }));
}

/** The parents' answers to the draft put before them (a family already reached by the caller), newest first. */
export async function planResponsesFor(db: Db, familyId: string) {
  const rows = await db.planResponse.findMany({
    where: { planVersion: { plan: { familyId } } },
    orderBy: { createdAt: "desc" },
    take: 10,
    select: { id: true, agreed: true, reason: true, versionSeen: true, createdAt: true, parent: { select: { name: true } }, planVersion: { select: { number: true, version: true, status: true } } },
  });
  return rows.map((r) => ({
    id: r.id, agreed: r.agreed, reason: r.reason, at: r.createdAt, parentName: r.parent.name, number: r.planVersion.number,
    // Answered on an earlier state of the draft: the caseworker changed it since.
    stale: r.planVersion.status === "DRAFT" && r.versionSeen !== r.planVersion.version,
  }));
}

/** The open requests for access to a file (family reached by the caller). */
export async function fileRequestsFor(db: Db, familyId: string) {
  const rows = await db.fileAccessRequest.findMany({
    where: { familyId },
    orderBy: { createdAt: "desc" },
    take: 10,
    select: { id: true, text: true, requestedOn: true, dueOn: true, answeredOn: true, version: true, parent: { select: { name: true } } },
  });
  return rows.map((r) => ({ ...r, requestedOn: fromDbDate(r.requestedOn), dueOn: fromDbDate(r.dueOn), answeredOn: r.answeredOn ? fromDbDate(r.answeredOn) : null, parentName: r.parent.name }));
}

/**
 * The caseworker's home: every unanswered request for access to a file in their reach, the most urgent
 * first, with whether its deadline has passed. Audited as a view of each family listed.
 */
export async function openFileRequests(db: Db, actor: Actor, now = new Date()) {
  if (!roleMay(actor.role, "fileRequest.answer")) return [];
  const rows = await db.fileAccessRequest.findMany({
    where: { answeredOn: null, parent: { family: familyScope(actor, "fileRequest.answer") } },
    orderBy: { dueOn: "asc" },
    take: 50,
    select: { id: true, familyId: true, requestedOn: true, dueOn: true, parent: { select: { name: true, family: { select: { displayName: true, municipalityId: true } } } } },
  });
  await auditFamilyViews(db, actor, "FileAccessRequest", rows.map((r) => ({ familyId: r.familyId, municipalityId: r.parent.family.municipalityId })));
  const today = todayInCopenhagen(now);
  return rows.map((r) => ({
    id: r.id, familyId: r.familyId, familyName: r.parent.family.displayName, parentName: r.parent.name,
    requestedOn: fromDbDate(r.requestedOn), dueOn: fromDbDate(r.dueOn), overdue: isFileRequestOverdue({ dueOn: fromDbDate(r.dueOn) }, today),
  }));
}
