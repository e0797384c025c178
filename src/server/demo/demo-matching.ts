import type { Prisma } from "@/generated/prisma/client";
import { addDays, type CalendarDate } from "@/domain/method";
import { SECTION_52_CRITERIA, addMonths } from "@/domain/matching";

// Demo data for Styrket match: one case on its shortlist, one decided and in its first year, one opened by
// a breakdown. Families of their own, so the method's demo families and what the browser tests count stay as they are.

type Tx = Prisma.TransactionClient;
const day = (d: CalendarDate) => new Date(`${d}T00:00:00Z`);

interface Ctx {
  tx: Tx;
  today: CalendarDate;
  municipalityId: string;
  sites: { lund: string; solbakken: string };
  caseworker: string;
  consultant: string;
}

async function family(ctx: Ctx, name: string, parent: { name: string; address: string }, child: { name: string; ageYears: number }, enrolledDaysAgo: number) {
  const enrolledOn = addDays(ctx.today, -enrolledDaysAgo);
  return ctx.tx.family.create({
    data: {
      municipalityId: ctx.municipalityId, displayName: name, enrolledOn: day(enrolledOn),
      assignments: { create: [{ userId: ctx.caseworker, role: "CASEWORKER" }] },
      assignmentHistory: { create: [{ userId: ctx.caseworker, role: "CASEWORKER", fromAt: day(enrolledOn), changedById: ctx.caseworker }] },
      parents: { create: [{ name: parent.name, address: parent.address, phone: "20 30 40 50", hasCustody: true }] },
      children: { create: [{ name: child.name, birthDate: day(addMonths(ctx.today, -12 * child.ageYears - 3)) }] },
      phases: { create: [{ kind: "START_UP", startDate: day(enrolledOn), startedById: ctx.caseworker }] },
    },
    select: { id: true, parents: { select: { id: true } }, children: { select: { id: true } } },
  });
}

async function heard(ctx: Ctx, caseId: string, person: string, words: string, fears: string, daysAgo: number) {
  await ctx.tx.matchingWish.create({ data: { caseId, person, words, fears, heardOn: day(addDays(ctx.today, -daysAgo)), heardHow: "Samtale med familieplejekonsulenten", heardById: ctx.consultant } });
}

const referral = (ageYears: number, needs: string, sentOn: CalendarDate) => ({
  ageYears, needs, resources: "Glad for dyr og for at tegne", school: "Går i almindelig folkeskole", siblings: "", health: "", languageCulture: "Dansk",
  interests: "Heste, tegning", network: "Mormor bor i nærheden", childWishes: "Vil gerne have dyr og blive på sin skole", parentWishes: "Samvær hver uge", sentOn,
});

export async function seedMatching(ctx: Ctx) {
  const { tx, today } = ctx;

  // 1. On the shortlist: the child and the parent heard, both sites proposed, one referral out.
  const berg = await family(ctx, "Familien Berg", { name: "Camilla Berg", address: "Lærkevej 4, 4100 Ringsted" }, { name: "Oskar Berg", ageYears: 9 }, 20);
  const open = await tx.matchingCase.create({
    data: {
      municipalityId: ctx.municipalityId, childId: berg.children[0]!.id, openedById: ctx.caseworker, consultantId: ctx.consultant,
      urgency: "PLANNED", legalBasis: "VOLUNTARY", deadline: day(addDays(today, 30)), stage: "SHORTLIST", openedOn: day(addDays(today, -18)),
      profiles: { create: [{ version: 1, needs: "Ro, faste voksne og hjælp til lektier", resources: "Glad for dyr og for at tegne", school: "3. klasse", inSchool: true, interests: "Heste, tegning", network: "Mormor bor i nærheden", distanceToParents: "Højst en times kørsel", createdById: ctx.caseworker }] },
    },
    select: { id: true },
  });
  await heard(ctx, open.id, "CHILD", "Jeg vil gerne bo et sted med dyr og blive på min skole", "At jeg ikke må se mor", 12);
  await heard(ctx, open.id, berg.parents[0]!.id, "At han kommer tæt på os, så vi kan ses hver uge", "At han skal skifte skole", 11);
  const sent = addDays(today, -3);
  await tx.matchingCandidate.create({
    data: {
      caseId: open.id, siteId: ctx.sites.lund, proposedById: ctx.consultant, referralSentOn: day(sent), referral: referral(9, "Ro, faste voksne og hjælp til lektier", sent),
      ratings: { create: [{ criterion: "CHILD_NEEDS_AND_PLAN", rating: "MET", note: "Erfarne med børn, der har brug for ro", ratedById: ctx.consultant }, { criterion: "SCHOOL_CONTINUITY", rating: "PARTLY", note: "25 minutter til skolen", ratedById: ctx.consultant }] },
    },
  });
  await tx.matchingCandidate.create({ data: { caseId: open.id, siteId: ctx.sites.solbakken, proposedById: ctx.consultant } });

  // 2. Decided five weeks ago, placed with Lund, the parties told; the 1-month expectation talk is due.
  const holm = await family(ctx, "Familien Holm", { name: "Jens Holm", address: "Birkealle 9, 4000 Roskilde" }, { name: "Ella Holm", ageYears: 11 }, 70);
  const decidedOn = addDays(today, -40);
  const moved = addDays(today, -35);
  const placement = await tx.placement.create({ data: { childId: holm.children[0]!.id, siteId: ctx.sites.lund, type: "GENERAL_FOSTER_FAMILY", legalBasis: "VOLUNTARY", startDate: day(moved) }, select: { id: true } });
  const decided = await tx.matchingCase.create({
    data: {
      municipalityId: ctx.municipalityId, childId: holm.children[0]!.id, openedById: ctx.caseworker, consultantId: ctx.consultant,
      urgency: "PLANNED", legalBasis: "VOLUNTARY", stage: "FIRST_YEAR", openedOn: day(addDays(today, -65)), moveDate: day(moved),
      profiles: { create: [{ version: 1, needs: "Tryghed og en fast voksen", school: "5. klasse", inSchool: true, createdById: ctx.caseworker }] },
    },
    select: { id: true },
  });
  await heard(ctx, decided.id, "CHILD", "Jeg vil bo på landet", "", 55);
  await heard(ctx, decided.id, holm.parents[0]!.id, "At hun får ro", "", 54);
  const wishes = await tx.matchingWish.findMany({ where: { caseId: decided.id }, select: { id: true, person: true } });
  const candidate = await tx.matchingCandidate.create({
    data: {
      caseId: decided.id, siteId: ctx.sites.lund, proposedById: ctx.consultant, referralSentOn: day(addDays(today, -50)), referral: referral(11, "Tryghed og en fast voksen", addDays(today, -50)),
      answer: "ACCEPTED", answerNote: "Vi glæder os til at møde hende", answeredAt: day(addDays(today, -48)),
      visits: { create: [{ visitedOn: day(addDays(today, -45)), childHowWasIt: "Der var en hund", childNeedsNow: "At se mit værelse", parentsHowWasIt: "Trygt", recordedById: ctx.consultant }] },
    },
    select: { id: true },
  });
  await tx.matchingDecision.create({
    data: {
      caseId: decided.id, candidateId: candidate.id, decidedOn: day(decidedOn), decidedById: ctx.caseworker, placementId: placement.id,
      criteria: SECTION_52_CRITERIA.map((criterion) => ({ criterion, rating: criterion === "SIBLINGS_TOGETHER" ? "NOT_APPLICABLE" : "MET", reason: criterion === "SIBLINGS_TOGETHER" ? "Ella har ingen søskende" : "Plejefamilien Lund har erfaring med børn på Ellas alder og bor på landet" })),
      wishes: wishes.map((w) => ({ wishId: w.id, answer: "FOLLOWED", reason: "" })),
      childWishOutcome: "FOLLOWED", parentWishOutcome: "FOLLOWED",
    },
  });
  await tx.matchingCase.update({ where: { id: decided.id }, data: { proposedCandidateId: candidate.id } });
  await tx.decisionNotice.createMany({
    data: [
      { caseId: decided.id, partyKind: "CHILD", partyId: holm.children[0]!.id, communicatedOn: day(addDays(decidedOn, 1)), how: "Samtale", recordedById: ctx.caseworker },
      { caseId: decided.id, partyKind: "PARENT", partyId: holm.parents[0]!.id, communicatedOn: day(addDays(decidedOn, 1)), how: "Brev og samtale", recordedById: ctx.caseworker },
    ],
  });

  // 3. A placement at Solbakken broke down a month ago; a new case was opened for the child.
  const juhl = await family(ctx, "Familien Juhl", { name: "Susanne Juhl", address: "Havnegade 2, 4700 Næstved" }, { name: "Mikkel Juhl", ageYears: 14 }, 240);
  const broke = await tx.placement.create({
    data: { childId: juhl.children[0]!.id, siteId: ctx.sites.solbakken, type: "CHILDRENS_HOME", legalBasis: "WITHOUT_CONSENT", startDate: day(addDays(today, -220)), endDate: day(addDays(today, -30)), endReasonKind: "BREAKDOWN" },
    select: { id: true },
  });
  // The case that chose Solbakken, closed by the breakdown: its decision went against Mikkel's wish to stay near his school.
  const chose = await tx.matchingCase.create({
    data: {
      municipalityId: ctx.municipalityId, childId: juhl.children[0]!.id, openedById: ctx.caseworker, consultantId: ctx.consultant,
      urgency: "PLANNED", legalBasis: "WITHOUT_CONSENT", stage: "CLOSED", openedOn: day(addDays(today, -280)), moveDate: day(addDays(today, -220)), closedOn: day(addDays(today, -30)),
    },
    select: { id: true },
  });
  const solbakken = await tx.matchingCandidate.create({
    data: {
      caseId: chose.id, siteId: ctx.sites.solbakken, proposedById: ctx.consultant, referralSentOn: day(addDays(today, -250)), answer: "ACCEPTED", answeredAt: day(addDays(today, -245)),
      referral: referral(13, "Struktur i hverdagen og en fast kontaktperson", addDays(today, -250)),
    },
    select: { id: true },
  });
  await tx.matchingDecision.create({
    data: {
      caseId: chose.id, candidateId: solbakken.id, decidedOn: day(addDays(today, -230)), decidedById: ctx.caseworker, placementId: broke.id,
      criteria: SECTION_52_CRITERIA.map((criterion) => ({ criterion, rating: criterion === "SCHOOL_CONTINUITY" ? "NOT_MET" : "PARTLY", reason: "Det eneste sted med plads inden for fristen" })),
      wishes: [], childWishOutcome: "NOT_FOLLOWED", parentWishOutcome: "PARTLY",
    },
  });
  await tx.matchingCase.update({ where: { id: chose.id }, data: { proposedCandidateId: solbakken.id } });
  const again = await tx.matchingCase.create({
    data: {
      municipalityId: ctx.municipalityId, childId: juhl.children[0]!.id, openedById: ctx.caseworker, consultantId: ctx.consultant,
      urgency: "ACUTE", legalBasis: "WITHOUT_CONSENT", stage: "PROFILE", openedOn: day(addDays(today, -29)), deadline: day(addDays(today, 5)), previousPlacementId: broke.id,
    },
    select: { id: true },
  });
  await tx.placementBreakdown.create({
    data: {
      placementId: broke.id, endedBy: "CHILD", causes: ["RELATION_CHILD_SITE", "SCHOOL"], causeText: "", newCaseId: again.id, recordedById: ctx.caseworker,
      warningSigns: "Mikkel stak af to gange i foråret og kom ikke i skole.",
      learned: "Mikkel har brug for et sted tæt på sin gamle skole og voksne, han selv har mødt før flytningen.",
    },
  });
}
