import "server-only";
import { currentPhase, todayInCopenhagen } from "@/domain/method";
import { getDb } from "@/server/db";
import type { Actor } from "@/server/authz/actor";
import { writeAudit } from "@/server/audit";
import { fromDbDate } from "@/server/dates";
import { reachFamily } from "@/features/families/access";
import { loadSnapshot } from "@/features/phases/snapshot";

/** What the follow-up form needs: the agreed plan's active goals, each with its last rating. */
export async function loadFollowUpForm(actor: Actor, familyId: string, now = new Date()) {
  const db = await getDb();
  const reach = await reachFamily(db, actor, familyId, "followUp.write");
  if (!reach) return null;
  const snapshot = await loadSnapshot(db, familyId);
  const phase = currentPhase(snapshot);
  const family = await db.family.findUniqueOrThrow({ where: { id: familyId }, select: { displayName: true } });
  const goals = await db.goal.findMany({
    where: { status: "ACTIVE", planVersion: { status: "AGREED", plan: { familyId } } },
    orderBy: { position: "asc" },
    select: { id: true, title: true, parentsWords: true, lineageId: true },
  });
  const previous = await db.goalRating.findMany({
    where: { goal: { lineageId: { in: goals.map((g) => g.lineageId) } }, followUp: { familyId } },
    orderBy: { followUp: { date: "desc" } },
    select: { rating: true, goal: { select: { lineageId: true } }, followUp: { select: { date: true } } },
  });
  await writeAudit(db, actor, { action: "VIEW", recordType: "FollowUpForm", recordId: familyId, familyId, municipalityId: reach.municipalityId });
  return {
    displayName: family.displayName,
    today: todayInCopenhagen(now),
    phase: phase && phase.kind !== "START_UP" ? phase : null,
    closed: snapshot.closed,
    goals: goals.map((g) => {
      const last = previous.find((p) => p.goal.lineageId === g.lineageId);
      return { id: g.id, title: g.title, parentsWords: g.parentsWords, previous: last ? { rating: last.rating, date: fromDbDate(last.followUp.date) } : null };
    }),
  };
}
