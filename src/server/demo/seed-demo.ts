// Demo data for a new installation: one municipality, one login per role, two placement sites
// and families spread over every phase. Never run against a real database unless asked.
import { randomUUID } from "node:crypto";
import type { PrismaClient } from "@/generated/prisma/client";
import type { Prisma } from "@/generated/prisma/client";
import { addDays, caseStage, DEFAULT_METHOD_CONFIG, followUpSchedule, plannedEndDate, type CalendarDate, type CaseSnapshot, type PhaseRecord } from "@/domain/method";
import { hashPassword } from "../auth/password";
import { storeDueDates } from "../due-dates";
import { DEMO_FAMILIES, type DemoFamily } from "./demo-families";
import { seedMatching } from "./demo-matching";

export const DEMO_PASSWORD = "demo1234";
export const DEMO_MUNICIPALITY_CODE = "0999";

export const DEMO_ACCOUNTS = [
  { email: "caseworker@demo.local", role: "CASEWORKER", name: "Mette Rasmussen" },
  { email: "therapist@demo.local", role: "THERAPIST", name: "Jonas Kjær" },
  { email: "consultant@demo.local", role: "CONSULTANT", name: "Birgitte Holm" },
  { email: "site@demo.local", role: "SITE", name: "Anne og Peter Lund" },
  { email: "coordinator@demo.local", role: "COORDINATOR", name: "Henrik Møller" },
  { email: "admin@demo.local", role: "ADMIN", name: "Systemadministrator" },
] as const;

const EXTRA_ACCOUNTS = [
  { email: "sofie.caseworker@demo.local", role: "CASEWORKER", name: "Sofie Dahl" },
  { email: "lars.therapist@demo.local", role: "THERAPIST", name: "Lars Bech" },
  // Staff of the second site, so a child moved from Lund to Solbakken is seen by someone there.
  { email: "solbakken@demo.local", role: "SITE", name: "Karin Vestergaard" },
] as const;

/** The parent's login: Thomas Jensen, who has set up his access from the caseworker's invitation. */
export const DEMO_PARENT = { email: "parent@demo.local", family: "jensen", parentName: "Thomas Jensen" } as const;

type Tx = Prisma.TransactionClient;
const day = (d: CalendarDate) => new Date(`${d}T00:00:00Z`);

export async function seedDemo(prisma: PrismaClient, today: CalendarDate): Promise<{ created: boolean }> {
  if (await prisma.municipality.findUnique({ where: { code: DEMO_MUNICIPALITY_CODE }, select: { id: true } })) return { created: false };
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  await prisma.$transaction(async (tx) => {
    const municipality = await tx.municipality.create({ data: { code: DEMO_MUNICIPALITY_CODE, name: "Demo Kommune" } });
    const users: Record<string, string> = {};
    for (const a of [...DEMO_ACCOUNTS, ...EXTRA_ACCOUNTS]) {
      const user = await tx.user.create({
        data: { email: a.email, name: a.name, role: a.role, passwordHash, municipalityId: a.role === "SITE" ? null : municipality.id },
        select: { id: true },
      });
      users[a.email] = user.id;
    }
    const lund = await tx.placementSite.create({ data: { name: "Plejefamilien Lund", kind: "GENERAL_FOSTER_FAMILY", address: "Skovvej 12, 4760 Vordingborg", phone: "55 12 34 56", approvedPlaces: 7 } });
    const solbakken = await tx.placementSite.create({ data: { name: "Opholdsstedet Solbakken", kind: "CHILDRENS_HOME", address: "Bakkedraget 3, 7400 Herning", phone: "97 11 22 33", approvedPlaces: 8 } });
    await tx.siteMembership.createMany({
      data: [
        { userId: users["site@demo.local"]!, siteId: lund.id, role: "STAFF" },
        { userId: users["solbakken@demo.local"]!, siteId: solbakken.id, role: "STAFF" },
        { userId: users["consultant@demo.local"]!, siteId: lund.id, role: "CONSULTANT" },
        { userId: users["consultant@demo.local"]!, siteId: solbakken.id, role: "CONSULTANT" },
      ],
    });
    const ctx = {
      tx, today, municipalityId: municipality.id, sites: { lund: lund.id, solbakken: solbakken.id },
      caseworker: { main: users["caseworker@demo.local"]!, second: users["sofie.caseworker@demo.local"]! },
      therapist: { main: users["therapist@demo.local"]!, second: users["lars.therapist@demo.local"]! },
      coordinator: users["coordinator@demo.local"]!,
    };
    for (const family of DEMO_FAMILIES) await seedFamily(ctx, family);
    const parent = await tx.parent.findFirstOrThrow({ where: { name: DEMO_PARENT.parentName, family: { municipalityId: municipality.id } }, select: { id: true } });
    await tx.user.create({ data: { email: DEMO_PARENT.email, name: DEMO_PARENT.parentName, role: "PARENT", passwordHash, municipalityId: municipality.id, parentId: parent.id } });
    await seedMatching({ tx, today, municipalityId: municipality.id, sites: ctx.sites, caseworker: ctx.caseworker.main, consultant: users["consultant@demo.local"]! });
  }, { timeout: 120_000, maxWait: 20_000 });
  return { created: true };
}

interface SeedContext {
  tx: Tx;
  today: CalendarDate;
  municipalityId: string;
  sites: { lund: string; solbakken: string };
  caseworker: { main: string; second: string };
  therapist: { main: string; second: string };
  coordinator: string;
}

async function seedFamily(ctx: SeedContext, f: DemoFamily) {
  const { tx, today } = ctx;
  const caseworkerId = ctx.caseworker[f.caseworker];
  const therapistId = f.therapist ? ctx.therapist[f.therapist] : null;
  const enrolledOn = addDays(today, -f.enrolledDaysAgo);
  const family = await tx.family.create({
    data: {
      municipalityId: ctx.municipalityId, displayName: f.name, targetGroup: f.targetGroup, enrolledOn: day(enrolledOn),
      caseNumber: `27.12.08-${f.key.slice(0, 3).toUpperCase()}-${String(f.enrolledDaysAgo).padStart(3, "0")}`,
      assignments: { create: [{ userId: caseworkerId, role: "CASEWORKER" }, ...(therapistId ? [{ userId: therapistId, role: "THERAPIST" as const }] : [])] },
      parents: { create: f.parents },
      assignmentHistory: {
        create: [
          { userId: caseworkerId, role: "CASEWORKER", fromAt: day(enrolledOn), changedById: caseworkerId },
          ...(therapistId ? [{ userId: therapistId, role: "THERAPIST" as const, fromAt: day(enrolledOn), changedById: caseworkerId }] : []),
        ],
      },
    },
    select: { id: true },
  });
  const childIds: string[] = [];
  for (const c of f.children) {
    const child = await tx.child.create({
      data: {
        familyId: family.id, name: c.name, birthDate: day(c.birthDate),
        placements: { create: [{ siteId: ctx.sites[c.site], type: c.placementType, legalBasis: c.legalBasis, startDate: day(addDays(enrolledOn, -10)) }] },
      },
      select: { id: true },
    });
    childIds.push(child.id);
  }

  const agreed = f.state.kind !== "START_UP_DRAFT";
  const plan = await tx.actionPlan.create({ data: { familyId: family.id }, select: { id: true } });
  const version = await tx.actionPlanVersion.create({
    data: {
      planId: plan.id, number: 1, status: agreed ? "AGREED" : "DRAFT", parentsAccount: f.parentsAccount, draftedById: caseworkerId,
      ...(agreed ? { agreedOn: day(addDays(enrolledOn, 7)), agreedHow: "IN_PERSON" as const, agreedById: caseworkerId } : {}),
      goals: { create: f.goals.map((goal, position) => ({ ...goal, position, lineageId: randomUUID() })) },
    },
    select: { goals: { select: { id: true }, orderBy: { position: "asc" } } },
  });
  const goalIds = version.goals.map((g) => g.id);

  const phases = await seedPhases(ctx, family.id, enrolledOn, f, caseworkerId);
  const followUps: { date: CalendarDate; phaseId: string }[] = [];
  for (const phase of phases.filter((p) => p.kind !== "START_UP")) {
    const skip = new Set(f.state.kind === "CHANGE" ? (f.state.skipDue ?? []) : []);
    const schedule = followUpSchedule(phase).filter((d, i) => d <= today && !skip.has(i + 1) && (!phase.endDate || d <= phase.endDate));
    for (const [i, date] of schedule.entries()) {
      await tx.followUp.create({
        data: {
          familyId: family.id, phaseId: phase.id, date: day(date), heldById: therapistId ?? caseworkerId, requestId: randomUUID(),
          parentsPresent: true, withWhom: f.parents.map((p) => p.name).join(" og "),
          agreedUntilNext: i % 2 === 0 ? "Forældrene skriver ned, hvordan næste samvær gik." : "Vi øver den aftalte plan for samværet igen.",
          ratings: {
            create: goalIds.map((goalId, gi) => f.ratingFell && gi === 0 && i > 0 && i === schedule.length - 1
              ? { goalId, rating: Math.min(10, i), note: "Et samvær blev aflyst samme dag; vi taler om, hvad der skete." }
              : { goalId, rating: Math.min(10, 2 + i + gi), note: i === 0 ? "Godt udgangspunkt." : "Tydelig fremgang siden sidst." }),
          },
        },
      });
      followUps.push({ date, phaseId: phase.id });
    }
  }

  const closed = f.state.kind === "CLOSED";
  const snapshot: CaseSnapshot = { closed, phases, plan: agreed ? { agreed: true, activeGoalCount: goalIds.length } : null, followUps };
  await tx.family.update({
    where: { id: family.id },
    data: {
      stage: caseStage(snapshot),
      ...(closed && f.state.kind === "CLOSED" ? { closedOn: day(phases.at(-1)!.endDate!), closeReason: f.state.closeReason } : {}),
    },
  });
  await storeDueDates(tx, family.id, snapshot, DEFAULT_METHOD_CONFIG);
  if (closed && f.state.kind === "CLOSED") {
    await tx.placement.updateMany({ where: { child: { familyId: family.id } }, data: { endDate: day(phases.at(-1)!.endDate!), endReasonKind: "RETURNED_HOME" } });
  }
  if (f.key === "jensen") await seedMeetingAndContact(ctx, family.id, childIds[0]!, caseworkerId, therapistId!, f);
  if (f.key === "nielsen") await seedPlanProposal(ctx, family.id, therapistId!);
  if (f.parentVoice) await seedParentVoice(ctx, family.id, goalIds, f.parentVoice);
}

/** The parent's own ratings and comments from the portal, as if given on past days. */
async function seedParentVoice(ctx: SeedContext, familyId: string, goalIds: string[], voice: NonNullable<DemoFamily["parentVoice"]>) {
  const { tx, today } = ctx;
  const parent = await tx.parent.findFirstOrThrow({ where: { familyId, name: voice.parent }, select: { id: true } });
  const at = (daysAgo: number) => new Date(`${addDays(today, -daysAgo)}T18:00:00Z`);
  await tx.parentGoalRating.createMany({
    data: voice.ratings.map((r) => ({ familyId, parentId: parent.id, goalId: goalIds[r.goal]!, ratedOn: day(addDays(today, -r.daysAgo)), rating: r.rating, note: r.note, createdAt: at(r.daysAgo) })),
  });
  await tx.parentPlanComment.createMany({ data: voice.comments.map((c) => ({ familyId, parentId: parent.id, text: c.text, createdAt: at(c.daysAgo) })) });
}

async function seedPhases(ctx: SeedContext, familyId: string, enrolledOn: CalendarDate, f: DemoFamily, startedById: string): Promise<PhaseRecord[]> {
  const { tx, today } = ctx;
  const specs: Omit<PhaseRecord, "id">[] = [];
  const s = f.state;
  const startUpEnd = s.kind === "CHANGE" ? addDays(today, -s.startedDaysAgo) : s.kind === "MAINTENANCE" || s.kind === "CLOSED" || s.kind === "AWAITING_ASSESSMENT" ? addDays(today, -s.changeStartedDaysAgo) : null;
  specs.push({ kind: "START_UP", startDate: enrolledOn, plannedWeeks: null, followUpIntervalDays: null, endDate: startUpEnd, assessment: null });
  if (s.kind === "CHANGE") {
    specs.push({ kind: "CHANGE", startDate: startUpEnd!, plannedWeeks: s.weeks, followUpIntervalDays: 14, endDate: null, assessment: null });
  } else if (s.kind === "MAINTENANCE") {
    const changeEnd = addDays(startUpEnd!, 12 * 7 - 1);
    specs.push({ kind: "CHANGE", startDate: startUpEnd!, plannedWeeks: 12, followUpIntervalDays: 14, endDate: changeEnd, assessment: { decision: "START_MAINTENANCE", date: addDays(changeEnd, 1) } });
    specs.push({ kind: "MAINTENANCE", startDate: addDays(today, -s.maintenanceStartedDaysAgo), plannedWeeks: 12, followUpIntervalDays: 28, endDate: null, assessment: null });
  } else if (s.kind === "AWAITING_ASSESSMENT") {
    const changeEnd = plannedEndDate({ startDate: startUpEnd!, plannedWeeks: s.weeks })!;
    specs.push({ kind: "CHANGE", startDate: startUpEnd!, plannedWeeks: s.weeks, followUpIntervalDays: 14, endDate: changeEnd, assessment: null });
  } else if (s.kind === "CLOSED") {
    const changeEnd = addDays(startUpEnd!, 16 * 7 - 1);
    specs.push({ kind: "CHANGE", startDate: startUpEnd!, plannedWeeks: 16, followUpIntervalDays: 14, endDate: changeEnd, assessment: { decision: "CLOSE", date: addDays(changeEnd, 2) } });
  }
  const out: PhaseRecord[] = [];
  for (const p of specs) {
    const row = await tx.phase.create({
      data: {
        familyId, kind: p.kind, startDate: day(p.startDate), plannedWeeks: p.plannedWeeks, followUpIntervalDays: p.followUpIntervalDays,
        plannedEndDate: p.plannedWeeks ? day(plannedEndDate(p)!) : null,
        endDate: p.endDate ? day(p.endDate) : null, startedById,
        assessment: p.assessment
          ? {
              create: {
                date: day(p.assessment.date), decision: p.assessment.decision, recordedById: startedById,
                progressionSummary: p.assessment.decision === "CLOSE" ? "Målene er nået. Forældrene har en stabil hverdag og et godt samarbejde med skolen." : "God fremgang på alle mål. Forældrene ønsker at fastholde det, de har lært.",
                parentsView: "Vi synes selv, det går meget bedre, og vi vil gerne fortsætte.",
                closeReason: p.assessment.decision === "CLOSE" && f.state.kind === "CLOSED" ? f.state.closeReason : null,
              },
            }
          : undefined,
      },
      select: { id: true },
    });
    out.push({ ...p, id: row.id });
  }
  return out;
}

async function seedMeetingAndContact(ctx: SeedContext, familyId: string, childId: string, caseworkerId: string, therapistId: string, f: DemoFamily) {
  const { tx, today } = ctx;
  const meetingDay = addDays(today, 6);
  await tx.meeting.create({
    data: {
      municipalityId: ctx.municipalityId, familyId, calledById: ctx.coordinator,
      startsAt: new Date(`${meetingDay}T09:00:00+01:00`), endsAt: new Date(`${meetingDay}T10:30:00+01:00`),
      location: "Rådhuset, mødelokale 2", purpose: "Fælles plan for samvær og misbrugsbehandling",
      agenda: ["Status på samvær", "Misbrugsbehandlingen", "Næste skridt"],
      participants: {
        create: [
          { kind: "USER", userId: caseworkerId, name: "Mette Rasmussen" },
          { kind: "USER", userId: therapistId, name: "Jonas Kjær" },
          { kind: "PARENT", name: f.parents[0]!.name },
          { kind: "EXTERNAL", name: "Kirsten Bo", organisation: "Jobcenter Demo", email: "kirsten.bo@example.dk" },
        ],
      },
      actionItems: { create: [{ description: "Indhente status fra misbrugsbehandlingen", ownerUserId: caseworkerId, ownerName: "Mette Rasmussen", dueDate: day(addDays(today, 3)) }] },
    },
  });
  const validFrom = addDays(today, -28);
  const plan = await tx.contactPlan.create({
    data: {
      childId,
      versions: { create: [{ number: 1, frequency: "WEEKLY", durationMinutes: 120, place: "Familiehuset, Storegade 4", supervised: true, supervisedBy: "Familiehuset", mode: "IN_PERSON", validFrom: day(validFrom), createdById: caseworkerId }] },
    },
    select: { id: true },
  });
  for (let week = 0; week < 8; week++) {
    const date = addDays(validFrom, week * 7);
    const past = date < today;
    await tx.contactSession.create({
      data: {
        contactPlanId: plan.id, date: day(date),
        // Week 1 was cancelled; last week's session has not been recorded by the site yet.
        status: past ? (week === 1 ? "CANCELLED_BY_PARENT" : week === 3 ? "PLANNED" : "HELD") : "PLANNED",
        observation: past && week !== 3 ? (week === 1 ? "Far meldte afbud samme dag." : "Rolig stemning, børnene glade ved afsked.") : "",
      },
    });
  }
}

/** The therapist's open proposal on the agreed plan, so the caseworker meets one on the family page. */
async function seedPlanProposal(ctx: SeedContext, familyId: string, therapistId: string) {
  const version = await ctx.tx.actionPlanVersion.findFirstOrThrow({
    where: { plan: { familyId }, status: "AGREED" },
    select: { id: true, number: true, goals: { orderBy: { position: "asc" }, take: 1, select: { lineageId: true, title: true } } },
  });
  const goal = version.goals[0]!;
  await ctx.tx.planProposal.create({
    data: {
      familyId, planVersionId: version.id, planVersionNumber: version.number, goalLineageId: goal.lineageId, goalTitle: goal.title, proposedById: therapistId,
      body: "Freja falder bedst til ro, når samværet slutter med aftensmad. Jeg foreslår, at planen for samværet altid rummer et fast måltid til sidst.",
    },
  });
}
