import "server-only";
import { cache } from "react";
import { isDecided, isEnded, siteSeesIdentity, type AnonymisedReferral } from "@/domain/matching";
import { getDb } from "@/server/db";
import type { Actor } from "@/server/authz/actor";
import { referralScope } from "@/server/authz/scope";
import { writeAudit } from "@/server/audit";
import { fromDbDateOrNull } from "@/server/dates";
import { reachReferral } from "./access";

type StoredReferral = AnonymisedReferral & { sentOn?: string };

/** Referrals sent to the site user's own sites: what was sent (never the live case), newest first. */
export async function listReferrals(actor: Actor) {
  const db = await getDb();
  const rows = await db.matchingCandidate.findMany({
    where: referralScope(actor),
    orderBy: { referralSentOn: "desc" },
    take: 200,
    select: { id: true, referralSentOn: true, referral: true, answer: true, site: { select: { name: true } } },
  });
  await writeAudit(db, actor, { action: "VIEW", recordType: "ReferralList", details: { count: rows.length } });
  return rows.map((r) => {
    const referral = r.referral as StoredReferral;
    return { id: r.id, sentOn: fromDbDateOrNull(r.referralSentOn), ageYears: referral.ageYears, needs: referral.needs, answer: r.answer, site: r.site.name };
  });
}

/**
 * One referral as the site sees it: the stored anonymised text and its answer; the child's name and a link
 * to the child only once the decision chose this site. Null when not the user's (audited as denied).
 */
export const loadReferral = cache(async (actor: Actor, candidateId: string) => {
  const db = await getDb();
  const reach = await reachReferral(db, actor, candidateId);
  if (!reach) return null;
  const row = await db.matchingCandidate.findUniqueOrThrow({
    where: { id: reach.id },
    select: {
      id: true, version: true, referral: true, referralSentOn: true, answer: true, answerNote: true, answeredAt: true,
      site: { select: { name: true } },
      case: { select: { stage: true, municipalityId: true, decision: { select: { candidateId: true } }, child: { select: { id: true, name: true } } } },
    },
  });
  const chosen = siteSeesIdentity(row.case.decision, row);
  await writeAudit(db, actor, { action: "VIEW", recordType: "MatchingCandidate", recordId: row.id, municipalityId: row.case.municipalityId, details: { identity: chosen } });
  return {
    id: row.id,
    version: row.version,
    site: row.site.name,
    referral: row.referral as StoredReferral,
    sentOn: fromDbDateOrNull(row.referralSentOn),
    answer: row.answer,
    answerNote: row.answerNote,
    answeredAt: row.answeredAt,
    open: !isEnded(row.case.stage) && !isDecided(row.case.stage),
    child: chosen ? row.case.child : null,
  };
});
