import "server-only";
import { currentPlanVersion, openDraft, proposalStanding } from "@/domain/plan";
import { getDb } from "@/server/db";
import type { Actor } from "@/server/authz/actor";
import { roleMay } from "@/server/authz/policy";
import { reachFamily } from "@/features/families/access";

/** The newest proposals a family page shows; a family with more has a long, settled history. */
const SHOWN = 50;

/**
 * The therapist's proposals on a family's plan, for those who may read the plan of a family they
 * reach; null when out of reach. The page that shows them (family page, plan editor) has written
 * the VIEW audit row for the family.
 */
export async function loadPlanProposals(actor: Actor, familyId: string) {
  const db = await getDb();
  const reach = await reachFamily(db, actor, familyId, "plan.view");
  if (!reach) return null;
  const open = reach.stage !== "CLOSED";
  const [versions, rows] = await Promise.all([
    db.actionPlanVersion.findMany({ where: { plan: { familyId } }, orderBy: { number: "desc" }, select: { id: true, number: true, status: true } }),
    db.planProposal.findMany({
      where: { familyId }, orderBy: [{ createdAt: "desc" }, { id: "asc" }], take: SHOWN,
      select: {
        id: true, version: true, body: true, goalTitle: true, planVersionId: true, planVersionNumber: true, proposedById: true, createdAt: true,
        status: true, decidedById: true, decidedAt: true, declineReason: true, draftVersionId: true, draftNumber: true,
      },
    }),
  ]);
  const current = currentPlanVersion(versions);
  const currentGoals = current
    ? await db.goal.findMany({ where: { planVersionId: current.id }, orderBy: { position: "asc" }, select: { lineageId: true, title: true, status: true } })
    : [];
  const people = [...new Set(rows.flatMap((r) => [r.proposedById, r.decidedById]).filter((id): id is string => !!id))];
  const names = new Map((await db.user.findMany({ where: { id: { in: people } }, select: { id: true, name: true } })).map((u) => [u.id, u.name]));
  const draft = openDraft(versions);
  return {
    can: {
      /** The role proposes (shown "no plan yet" when there is nothing to propose on). */
      therapist: open && roleMay(actor.role, "plan.proposeNote"),
      propose: open && roleMay(actor.role, "plan.proposeNote") && current !== null,
      decide: open && roleMay(actor.role, "plan.write"),
    },
    current: current ? { id: current.id, number: current.number, goals: currentGoals.filter((g) => g.status === "ACTIVE").map((g) => ({ value: g.lineageId, label: g.title })) } : null,
    openDraft: draft ? { id: draft.id, number: draft.number } : null,
    proposals: rows.map((r) => ({
      id: r.id, rowVersion: r.version, body: r.body, goalTitle: r.goalTitle, status: r.status,
      proposedBy: names.get(r.proposedById) ?? "–", proposedAt: r.createdAt,
      decidedBy: r.decidedById ? (names.get(r.decidedById) ?? "–") : null, decidedAt: r.decidedAt,
      declineReason: r.declineReason, draftNumber: r.draftNumber, draftVersionId: r.draftVersionId,
      draftDiscarded: r.status === "ACCEPTED" && r.draftVersionId === null,
      ...proposalStanding(r, versions),
    })),
  };
}

export type PlanProposalsData = NonNullable<Awaited<ReturnType<typeof loadPlanProposals>>>;
export type PlanProposalView = PlanProposalsData["proposals"][number];
