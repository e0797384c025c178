import "server-only";
import type { Db } from "@/server/db";
import type { Actor } from "@/server/authz/actor";
import type { Permission } from "@/server/authz/policy";
import { matchingCaseScope, referralScope } from "@/server/authz/scope";
import { writeAudit, type RequestMeta, type Tx } from "@/server/audit";
import { targetMunicipalityOf } from "@/server/audit-target";

/**
 * The matching case the actor may reach for `permission`, or null. A miss is audited as a denied
 * access; callers answer it with "not found" (decision 002), never "forbidden".
 */
export async function reachMatchingCase(db: Db | Tx, actor: Actor, caseId: string, permission: Permission, meta: RequestMeta = {}) {
  const found = await db.matchingCase.findFirst({
    where: { id: caseId, ...matchingCaseScope(actor, permission) },
    select: { id: true, municipalityId: true, childId: true, stage: true, urgency: true, version: true, child: { select: { familyId: true } } },
  });
  if (!found) {
    const targetMunicipalityId = await targetMunicipalityOf(db, { caseId });
    await writeAudit(db, actor, { action: "ACCESS_DENIED", recordType: "MatchingCase", recordId: caseId.slice(0, 64), targetMunicipalityId, details: { permission } }, meta);
  }
  return found;
}

/** A referral (a candidacy whose referral was sent) to one of the site user's own sites, or null (audited). */
export async function reachReferral(db: Db | Tx, actor: Actor, candidateId: string, meta: RequestMeta = {}) {
  const found = await db.matchingCandidate.findFirst({
    where: { id: candidateId, ...referralScope(actor) },
    select: { id: true, caseId: true, siteId: true, answer: true, version: true },
  });
  if (!found) {
    const targetMunicipalityId = await targetMunicipalityOf(db, { candidateId });
    await writeAudit(db, actor, { action: "ACCESS_DENIED", recordType: "MatchingCandidate", recordId: candidateId.slice(0, 64), targetMunicipalityId, details: { permission: "referral.answer" } }, meta);
  }
  return found;
}
