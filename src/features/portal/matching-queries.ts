import "server-only";
import type { Db } from "@/server/db";
import { fromDbDate, fromDbDateOrNull } from "@/server/dates";

interface WishAnswerJson { wishId: string; answer: string | null; reason: string }

/**
 * The search for a new home for the parent's children, as the parent may follow it: where it stands, their
 * own wish as it was written down and when they were heard, and once decided, the site chosen and how their
 * wish was answered, with the reason when it was not followed. Never the candidates, the ratings or the
 * referrals, nor the other parent's or the child's wish.
 */
export async function ownMatchingCases(db: Db, familyId: string, parentId: string) {
  const cases = await db.matchingCase.findMany({
    where: { child: { familyId }, stage: { not: "WITHDRAWN" } },
    orderBy: { openedOn: "desc" },
    take: 5,
    select: {
      id: true, stage: true, openedOn: true, child: { select: { name: true } },
      wishes: { where: { person: parentId }, select: { id: true, words: true, fears: true, heardOn: true } },
      decision: { select: { decidedOn: true, wishes: true, placement: { select: { site: { select: { name: true } } } } } },
    },
  });
  return cases.map((c) => {
    const wish = c.wishes[0] ?? null;
    const answers = (Array.isArray(c.decision?.wishes) ? c.decision.wishes : []) as unknown as WishAnswerJson[];
    const answer = wish ? answers.find((a) => a.wishId === wish.id) ?? null : null;
    return {
      id: c.id, stage: c.stage, childName: c.child.name, openedOn: fromDbDate(c.openedOn),
      wish: wish ? { words: wish.words, fears: wish.fears, heardOn: fromDbDateOrNull(wish.heardOn) } : null,
      decision: c.decision ? { decidedOn: fromDbDate(c.decision.decidedOn), site: c.decision.placement.site.name, answer: answer?.answer ?? null, reason: answer?.reason ?? "" } : null,
    };
  });
}
