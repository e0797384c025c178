import { getDb } from "@/server/db";
import type { MatchingStage, MatchingUrgency, ReferralAnswer } from "@/generated/prisma/enums";
import { makeFamily } from "./factories";

// Matching cases in a chosen state, written straight to the database, for tests of one step at a time.

export async function makeMatchingCase(
  municipalityId: string,
  opts: { caseworkerId: string; consultantId?: string; stage?: MatchingStage; urgency?: MatchingUrgency; familyName?: string } ,
) {
  const db = await getDb();
  const family = await makeFamily(municipalityId, { caseworkerId: opts.caseworkerId, name: opts.familyName });
  const child = family.children[0]!;
  const matchingCase = await db.matchingCase.create({
    data: {
      municipalityId, childId: child.id, openedById: opts.caseworkerId, consultantId: opts.consultantId ?? null,
      urgency: opts.urgency ?? "PLANNED", legalBasis: "VOLUNTARY", stage: opts.stage ?? "PROFILE",
      openedOn: new Date("2026-11-02T00:00:00Z"), deadline: new Date("2027-01-15T00:00:00Z"),
    },
  });
  return { family, child, parent: family.parents[0]!, matchingCase };
}

/** A saved profile and every person heard: what the step to the search asks for. */
export async function profileAndWishes(caseId: string, family: { children: { id: string }[]; parents: { id: string }[] }, byId: string) {
  const db = await getDb();
  await db.matchingProfile.create({ data: { caseId, version: 1, needs: "Ro og faste voksne", school: "3. klasse", inSchool: true, createdById: byId } });
  const heardOn = new Date("2026-11-05T00:00:00Z");
  await db.matchingWish.create({ data: { caseId, person: "CHILD", words: "Jeg vil gerne have en hund", heardOn, heardHow: "Samtale hjemme", heardById: byId } });
  for (const p of family.parents) {
    await db.matchingWish.create({ data: { caseId, person: p.id, words: "Tæt på os", heardOn, heardHow: "Møde", heardById: byId } });
  }
}

export async function makeCandidate(caseId: string, siteId: string, byId: string, opts: { sent?: boolean; answer?: ReferralAnswer } = {}) {
  const db = await getDb();
  return db.matchingCandidate.create({
    data: {
      caseId, siteId, proposedById: byId,
      referralSentOn: opts.sent || opts.answer ? new Date("2026-11-10T00:00:00Z") : null,
      referral: opts.sent || opts.answer ? { ageYears: 8, needs: "Ro og faste voksne" } : undefined,
      answer: opts.answer ?? "PENDING",
    },
  });
}
