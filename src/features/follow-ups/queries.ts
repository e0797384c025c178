import "server-only";
import { addDays, currentPhase, todayInCopenhagen } from "@/domain/method";
import { getDb } from "@/server/db";
import type { Actor } from "@/server/authz/actor";
import { auditFamilyViews, writeAudit } from "@/server/audit";
import { fromDbDate, toDbDate } from "@/server/dates";
import { familyScope } from "@/server/authz/scope";
import { fallingRatings } from "./falling";
import { latestPerParent, parentRatingsSinceLastFollowUp } from "./parent-ratings";
import { reachFamily } from "@/features/families/access";
import { loadSnapshot } from "@/features/phases/snapshot";

/** What the follow-up form needs: the agreed plan's active goals, each with its last rating. */
export async function loadFollowUpForm(actor: Actor, familyId: string, now = new Date()) {
  const db = await getDb();
  const reach = await reachFamily(db, actor, familyId, "followUp.write");
  if (!reach) return null;
  const snapshot = await loadSnapshot(db, familyId);
  const open = currentPhase(snapshot);
  const phase = open && open.kind !== "START_UP" ? open : null;
  // The form sends the phase's row version back, so a save after the phase ended or changed is a conflict.
  const phaseVersion = phase ? (await db.phase.findUniqueOrThrow({ where: { id: phase.id }, select: { version: true } })).version : null;
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
  // What the parents said in the portal since the last follow-up, beside the goal they rated.
  const parentRatings = (await parentRatingsSinceLastFollowUp(db, [familyId])).get(familyId) ?? [];
  await writeAudit(db, actor, { action: "VIEW", recordType: "FollowUpForm", recordId: familyId, familyId, municipalityId: reach.municipalityId });
  return {
    displayName: family.displayName,
    today: todayInCopenhagen(now),
    phase: phase && phaseVersion !== null ? { ...phase, version: phaseVersion } : null,
    closed: snapshot.closed,
    goals: goals.map((g) => {
      const last = previous.find((p) => p.goal.lineageId === g.lineageId);
      return {
        id: g.id, title: g.title, parentsWords: g.parentsWords, previous: last ? { rating: last.rating, date: fromDbDate(last.followUp.date) } : null,
        parents: latestPerParent(parentRatings, g.lineageId).map((r) => ({ name: r.parentName, rating: r.rating, ratedOn: r.ratedOn, note: r.note })),
      };
    }),
  };
}

const FALLING_WINDOW_DAYS = 28;

/** The therapist's home: goals of their families whose latest rating (last 4 weeks) fell. */
export async function recentFallingRatings(actor: Actor, now = new Date()) {
  const db = await getDb();
  const today = todayInCopenhagen(now);
  const since = addDays(today, -FALLING_WINDOW_DAYS);
  // The rating before a recent one may be one or two intervals older; a quarter back covers it.
  const followUps = await db.followUp.findMany({
    where: { family: familyScope(actor, "family.view"), date: { gte: toDbDate(addDays(today, -120)) } },
    select: { date: true, familyId: true, family: { select: { displayName: true } }, ratings: { select: { rating: true, goal: { select: { lineageId: true, title: true } } } } },
    take: 5000,
  });
  const list = fallingRatings(followUps.flatMap((f) => f.ratings.map((r) => ({
    familyId: f.familyId, familyName: f.family.displayName, lineageId: r.goal.lineageId, goalTitle: r.goal.title, date: fromDbDate(f.date), rating: r.rating,
  }))), since);
  await auditFamilyViews(db, actor, "FallingRatings", list);
  return list;
}
