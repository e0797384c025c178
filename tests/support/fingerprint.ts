import { getDb } from "@/server/db";

/**
 * Everything a refused command could have touched, as one comparable value. Audit rows are left
 * out on purpose: a refusal is expected to add one.
 */
export async function caseFingerprint(): Promise<string> {
  const db = await getDb();
  const [families, phases, versions, goals, followUps, ratings, assessments, parents, children, placements, contact, meetings] = await Promise.all([
    db.family.findMany({ orderBy: { id: "asc" } }),
    db.phase.findMany({ orderBy: { id: "asc" } }),
    db.actionPlanVersion.findMany({ orderBy: { id: "asc" } }),
    db.goal.findMany({ orderBy: { id: "asc" } }),
    db.followUp.findMany({ orderBy: { id: "asc" } }),
    db.goalRating.findMany({ orderBy: { id: "asc" } }),
    db.assessment.findMany({ orderBy: { id: "asc" } }),
    db.parent.findMany({ orderBy: { id: "asc" } }),
    db.child.findMany({ orderBy: { id: "asc" } }),
    db.placement.findMany({ orderBy: { id: "asc" } }),
    db.contactPlan.findMany({ orderBy: { id: "asc" }, include: { versions: true, sessions: true, comments: true } }),
    db.meeting.findMany({ orderBy: { id: "asc" }, include: { participants: true, actionItems: true } }),
  ]);
  return JSON.stringify({ families, phases, versions, goals, followUps, ratings, assessments, parents, children, placements, contact, meetings });
}
