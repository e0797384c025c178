import "server-only";
import type { Db } from "./db";
import type { Tx } from "./audit";

type Resolver = (db: Db | Tx, id: string) => Promise<string | null | undefined>;

// Deliberately without the actor's scope: the answer is written only to the audit log, so that the
// municipality whose record was tried sees the attempt; it is never shown to the denied user.
// Ordered by how directly each id names a case; ids of sites (which span municipalities) are absent.
const RESOLVERS: [key: string, resolve: Resolver][] = [
  ["familyId", async (db, id) => (await db.family.findUnique({ where: { id }, select: { municipalityId: true } }))?.municipalityId],
  ["meetingId", async (db, id) => (await db.meeting.findUnique({ where: { id }, select: { municipalityId: true } }))?.municipalityId],
  ["childId", async (db, id) => (await db.child.findUnique({ where: { id }, select: { family: { select: { municipalityId: true } } } }))?.family.municipalityId],
  ["actionItemId", async (db, id) => (await db.actionItem.findUnique({ where: { id }, select: { meeting: { select: { municipalityId: true } } } }))?.meeting.municipalityId],
  ["phaseId", async (db, id) => (await db.phase.findUnique({ where: { id }, select: { family: { select: { municipalityId: true } } } }))?.family.municipalityId],
  ["parentId", async (db, id) => (await db.parent.findUnique({ where: { id }, select: { family: { select: { municipalityId: true } } } }))?.family.municipalityId],
  ["placementId", async (db, id) => (await db.placement.findUnique({ where: { id }, select: { child: { select: { family: { select: { municipalityId: true } } } } } }))?.child.family.municipalityId],
  ["contactPlanId", async (db, id) => (await db.contactPlan.findUnique({ where: { id }, select: { child: { select: { family: { select: { municipalityId: true } } } } } }))?.child.family.municipalityId],
  ["sessionId", async (db, id) => (await db.contactSession.findUnique({ where: { id }, select: { contactPlan: { select: { child: { select: { family: { select: { municipalityId: true } } } } } } } }))?.contactPlan.child.family.municipalityId],
  ["planVersionId", async (db, id) => (await db.actionPlanVersion.findUnique({ where: { id }, select: { plan: { select: { family: { select: { municipalityId: true } } } } } }))?.plan.family.municipalityId],
  ["goalId", async (db, id) => (await db.goal.findUnique({ where: { id }, select: { planVersion: { select: { plan: { select: { family: { select: { municipalityId: true } } } } } } } }))?.planVersion.plan.family.municipalityId],
  ["caseId", async (db, id) => (await db.matchingCase.findUnique({ where: { id }, select: { municipalityId: true } }))?.municipalityId],
  ["candidateId", async (db, id) => (await db.matchingCandidate.findUnique({ where: { id }, select: { case: { select: { municipalityId: true } } } }))?.case.municipalityId],
  ["userId", async (db, id) => (await db.user.findUnique({ where: { id }, select: { municipalityId: true } }))?.municipalityId],
  ["leaverId", async (db, id) => (await db.user.findUnique({ where: { id }, select: { municipalityId: true } }))?.municipalityId],
];

/**
 * The municipality that owns the record a denied attempt named, from the input's ids (familyId,
 * childId, meetingId, ...), or null when none of them names an existing record.
 */
export async function targetMunicipalityOf(db: Db | Tx, ids: Record<string, string | null | undefined>): Promise<string | null> {
  for (const [key, resolve] of RESOLVERS) {
    const id = ids[key];
    if (typeof id !== "string" || id === "") continue;
    const municipalityId = await resolve(db, id.slice(0, 64));
    if (municipalityId) return municipalityId;
  }
  return null;
}
