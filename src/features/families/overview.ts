import "server-only";
import { z } from "zod";
import { Prisma } from "@/generated/prisma/client";
import { CASE_STAGES, followUpStanding, todayInCopenhagen, weeksIntoPhase, type CaseStage, type PhaseRecord } from "@/domain/method";
import { getDb } from "@/server/db";
import type { Actor } from "@/server/authz/actor";
import { wholeMunicipalityReach } from "@/server/authz/scope";
import { writeAudit } from "@/server/audit";
import { methodConfigFor } from "@/features/method-config";

export const overviewQuery = z.object({
  phase: z.enum(CASE_STAGES).optional(),
  onlyOverdue: z.enum(["1"]).optional(),
  sort: z.enum(["name", "phase", "weeks", "next", "overdue", "meeting", "caseworker"]).default("next"),
  dir: z.enum(["asc", "desc"]).default("asc"),
  page: z.coerce.number().int().min(1).max(10_000).default(1),
});
export type OverviewQuery = z.infer<typeof overviewQuery>;

export const OVERVIEW_PAGE_SIZE = 50;
const DANISH = new Intl.Collator("da");

type OverviewFamily = { id: string; name: string; phase: CaseStage; phaseId: string | null; kind: string | null; startDate: string | null; plannedWeeks: number | null; followUpIntervalDays: number | null };

/**
 * The coordinator's one page: where in the programme each family is, and where the structure
 * slips. Overdue counts come from the method's own schedule, so they are worked out for every
 * family of the municipality (sorting and filtering need them) from four flat queries; only the
 * requested page of rows leaves this function.
 */
export async function programmeOverview(actor: Actor, query: OverviewQuery, now = new Date()) {
  const db = await getDb();
  const today = todayInCopenhagen(now);
  const municipalityId = wholeMunicipalityReach(actor, "programme.overview");
  const [families, followUps, municipality] = municipalityId
    ? await Promise.all([
        db.$queryRaw<OverviewFamily[]>(Prisma.sql`
          SELECT f.id, f."displayName" AS name, f."stage"::text AS phase,
                 p.id AS "phaseId", p.kind::text AS kind, p."startDate"::text AS "startDate", p."plannedWeeks", p."followUpIntervalDays"
          FROM "Family" f LEFT JOIN "Phase" p ON p."familyId" = f.id AND p."endDate" IS NULL
          WHERE f."municipalityId" = ${municipalityId} ${query.phase ? Prisma.sql`AND f."stage" = ${query.phase}::"CaseStage"` : Prisma.empty}`),
        db.$queryRaw<{ phaseId: string; date: string }[]>(Prisma.sql`
          SELECT fu."phaseId", fu.date::text AS date FROM "FollowUp" fu JOIN "Phase" p ON p.id = fu."phaseId" JOIN "Family" f ON f.id = p."familyId"
          WHERE f."municipalityId" = ${municipalityId} AND p."endDate" IS NULL`),
        db.municipality.findUnique({ where: { id: municipalityId }, select: { settings: true } }),
      ])
    : [[], [], null];
  const config = methodConfigFor(municipality?.settings ?? {});
  const followUpsByPhase = groupBy(followUps, (x) => x.phaseId);
  // Staff names and next meetings are only read for every family when the list is sorted by them;
  // otherwise for the page shown.
  const everyFamily = municipalityId ? Prisma.sql`f."municipalityId" = ${municipalityId}` : Prisma.sql`false`;
  const [allStaff, allMeetings] = await Promise.all([
    query.sort === "caseworker" ? staffOf(everyFamily) : null,
    query.sort === "meeting" ? nextMeetings(everyFamily, now) : null,
  ]);

  const rows = families.map((f) => {
    const phase: PhaseRecord | null = f.phaseId && f.kind && f.startDate
      ? { id: f.phaseId, kind: f.kind as PhaseRecord["kind"], startDate: f.startDate, plannedWeeks: f.plannedWeeks, followUpIntervalDays: f.followUpIntervalDays, endDate: null, assessment: null }
      : null;
    const standing = followUpStanding({ closed: f.phase === "CLOSED", phases: phase ? [phase] : [], plan: null, followUps: followUpsByPhase.get(f.phaseId ?? "") ?? [] }, today, config);
    return {
      id: f.id,
      name: f.name,
      phase: f.phase,
      weeks: phase ? weeksIntoPhase(phase, today) : null,
      next: standing.next,
      overdue: standing.missed.length,
      overdueSince: standing.overdueSince,
      meeting: allMeetings?.get(f.id) ?? null,
      caseworker: allStaff?.get(`${f.id}:CASEWORKER`) ?? "",
      therapist: "",
    };
  });
  const filtered = query.onlyOverdue ? rows.filter((r) => r.overdueSince !== null) : rows;
  const key = (r: (typeof rows)[number]): string | number => {
    switch (query.sort) {
      case "name": return r.name;
      case "phase": return CASE_STAGES.indexOf(r.phase);
      case "weeks": return r.weeks ?? -1;
      case "overdue": return r.overdue;
      case "meeting": return r.meeting ? r.meeting.startsAt.toISOString() : "9999";
      case "caseworker": return r.caseworker;
      default: return r.next ?? "9999";
    }
  };
  const sign = query.dir === "desc" ? -1 : 1;
  // Keys worked out once, names compared with one Danish collator (localeCompare builds one per call).
  const keyed = filtered.map((r) => ({ r, k: key(r) }));
  keyed.sort((a, b) => (typeof a.k === "string" && typeof b.k === "string" ? DANISH.compare(a.k, b.k) : a.k < b.k ? -1 : a.k > b.k ? 1 : 0) || DANISH.compare(a.r.name, b.r.name));
  if (sign < 0) keyed.reverse();
  filtered.splice(0, filtered.length, ...keyed.map((x) => x.r));
  const pages = Math.max(1, Math.ceil(filtered.length / OVERVIEW_PAGE_SIZE));
  const page = Math.min(query.page, pages);
  const shown = filtered.slice((page - 1) * OVERVIEW_PAGE_SIZE, page * OVERVIEW_PAGE_SIZE);
  const onPage = Prisma.sql`f.id = ANY(${shown.map((r) => r.id)}::text[])`;
  const [staff, meetings] = await Promise.all([allStaff ?? staffOf(onPage), allMeetings ?? nextMeetings(onPage, now)]);
  for (const r of shown) {
    r.caseworker = staff.get(`${r.id}:CASEWORKER`) ?? "";
    r.therapist = staff.get(`${r.id}:THERAPIST`) ?? "";
    r.meeting = meetings.get(r.id) ?? null;
  }
  await writeAudit(db, actor, { action: "VIEW", recordType: "ProgrammeOverview", details: { families: shown.length, matching: filtered.length, ...query } });
  return { today, rows: shown, matching: filtered.length, total: rows.length, page, pages };
}

/** "familyId:ROLE" → the staff's names, for the families the condition on `f` selects. */
async function staffOf(families: Prisma.Sql): Promise<Map<string, string>> {
  const db = await getDb();
  const rows = await db.$queryRaw<{ familyId: string; role: string; name: string }[]>(Prisma.sql`
    SELECT a."familyId", a.role::text AS role, u.name FROM "Family" f JOIN "FamilyAssignment" a ON a."familyId" = f.id JOIN "User" u ON u.id = a."userId"
    WHERE ${families} ORDER BY u.name`);
  return new Map([...groupBy(rows, (a) => `${a.familyId}:${a.role}`)].map(([k, list]) => [k, list.map((a) => a.name).join(", ")]));
}

/** Each selected family's next meeting (a cancelled one is not the next meeting). */
async function nextMeetings(families: Prisma.Sql, now: Date): Promise<Map<string, { id: string; startsAt: Date }>> {
  const db = await getDb();
  const rows = await db.$queryRaw<{ familyId: string; id: string; startsAt: Date }[]>(Prisma.sql`
    SELECT DISTINCT ON (m."familyId") m."familyId", m.id, m."startsAt" FROM "Family" f JOIN "Meeting" m ON m."familyId" = f.id
    WHERE ${families} AND m."startsAt" >= ${now} AND m."cancelledAt" IS NULL ORDER BY m."familyId", m."startsAt"`);
  return new Map(rows.map((m) => [m.familyId, { id: m.id, startsAt: new Date(m.startsAt) }]));
}

function groupBy<T>(items: T[], key: (item: T) => string): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const list = map.get(k);
    if (list) list.push(item);
    else map.set(k, [item]);
  }
  return map;
}
