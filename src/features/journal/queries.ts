import "server-only";
import { mayEdit, mergeTimeline, timelineLimit, type JournalKind, type TimelineEvent } from "@/domain/journal";
import { todayInCopenhagen } from "@/domain/method";
import { getDb } from "@/server/db";
import type { Actor } from "@/server/authz/actor";
import { roleMay } from "@/server/authz/policy";
import { familyScope } from "@/server/authz/scope";
import { auditFamilyViews, writeAudit } from "@/server/audit";
import { fromDbDate } from "@/server/dates";
import { reachFamily } from "@/features/families/access";
import { meetingScope } from "@/features/meetings/access";
import { literalLike, snippetAround } from "./search-text";

const entrySelect = {
  id: true, occurredOn: true, kind: true, title: true, text: true, withWhom: true, authorId: true, authorRole: true, authorName: true,
  createdAt: true, version: true,
  corrects: { select: { id: true, title: true } },
  correctedBy: { select: { id: true, authorName: true, createdAt: true } },
} as const;

type EntryRow = {
  id: string; occurredOn: Date; kind: JournalKind; title: string; text: string; withWhom: string; authorId: string; authorRole: string; authorName: string;
  createdAt: Date; version: number; corrects: { id: string; title: string } | null; correctedBy: { id: string; authorName: string; createdAt: Date } | null;
};

function entryView(e: EntryRow, actor: Actor, now: Date, canWrite: boolean) {
  const correctedById = e.correctedBy?.id ?? null;
  return {
    id: e.id, occurredOn: fromDbDate(e.occurredOn), kind: e.kind, title: e.title, text: e.text, withWhom: e.withWhom,
    authorName: e.authorName, authorRole: e.authorRole, createdAt: e.createdAt, version: e.version,
    corrects: e.corrects, correctedBy: e.correctedBy,
    canEdit: canWrite && mayEdit({ authorId: e.authorId, createdAt: e.createdAt, correctedById }, actor.id, now),
    canCorrect: canWrite && !correctedById,
  };
}

export type JournalEntryView = ReturnType<typeof entryView>;

export type TimelineItem = TimelineEvent & (
  | { kind: "JOURNAL"; entry: JournalEntryView }
  | { kind: "PHASE_START" | "PHASE_END"; phaseKind: string }
  | { kind: "ASSESSMENT"; decision: string }
  | { kind: "PLAN_AGREED"; number: number }
  | { kind: "FOLLOW_UP"; parentsPresent: boolean }
  | { kind: "MEETING"; meetingId: string; purpose: string | null }
);

/**
 * The family's story for its page: journal entries and the method's events, newest first, `page`
 * pages of 30 at a time. Null when the family is out of the user's reach (the miss is audited).
 * Each source is read newest first and cut at limit + 1, so a long case never reads its whole history.
 */
export async function loadFamilyTimeline(actor: Actor, familyId: string, page = 1, now = new Date()) {
  const db = await getDb();
  const reach = await reachFamily(db, actor, familyId, "journal.view");
  if (!reach) return null;
  const limit = timelineLimit(page);
  const take = limit + 1;
  const canWrite = roleMay(actor.role, "journal.write");
  const [entries, starts, ends, assessments, agreements, followUps, meetings] = await Promise.all([
    db.journalEntry.findMany({ where: { familyId }, orderBy: [{ occurredOn: "desc" }, { createdAt: "desc" }, { id: "desc" }], take, select: entrySelect }),
    db.phase.findMany({ where: { familyId }, orderBy: [{ startDate: "desc" }, { createdAt: "desc" }, { id: "desc" }], take, select: { id: true, kind: true, startDate: true, createdAt: true } }),
    db.phase.findMany({ where: { familyId, endDate: { not: null } }, orderBy: [{ endDate: "desc" }, { createdAt: "desc" }, { id: "desc" }], take, select: { id: true, kind: true, endDate: true, createdAt: true } }),
    db.assessment.findMany({ where: { phase: { familyId } }, orderBy: [{ date: "desc" }, { createdAt: "desc" }, { id: "desc" }], take, select: { id: true, date: true, decision: true, createdAt: true } }),
    db.actionPlanVersion.findMany({ where: { plan: { familyId }, agreedOn: { not: null } }, orderBy: [{ agreedOn: "desc" }, { createdAt: "desc" }, { id: "desc" }], take, select: { id: true, number: true, agreedOn: true, createdAt: true } }),
    db.followUp.findMany({ where: { familyId }, orderBy: [{ date: "desc" }, { createdAt: "desc" }, { id: "desc" }], take, select: { id: true, date: true, parentsPresent: true, createdAt: true } }),
    db.meeting.findMany({ where: { familyId }, orderBy: [{ startsAt: "desc" }, { id: "desc" }], take, select: { id: true, startsAt: true, purpose: true } }),
  ]);
  // That a meeting was held belongs to the story; its purpose and page only to those who may open it.
  const openable = new Set((await db.meeting.findMany({ where: { id: { in: meetings.map((m) => m.id) }, ...meetingScope(actor) }, select: { id: true } })).map((m) => m.id));
  const iso = (d: Date) => d.toISOString();
  const sources: TimelineItem[][] = [
    entries.map((e) => ({ kind: "JOURNAL" as const, id: `j-${e.id}`, date: fromDbDate(e.occurredOn), at: iso(e.createdAt), entry: entryView(e, actor, now, canWrite) })),
    starts.map((p) => ({ kind: "PHASE_START" as const, id: `ps-${p.id}`, date: fromDbDate(p.startDate), at: iso(p.createdAt), phaseKind: p.kind })),
    ends.map((p) => ({ kind: "PHASE_END" as const, id: `pe-${p.id}`, date: fromDbDate(p.endDate!), at: iso(p.createdAt), phaseKind: p.kind })),
    assessments.map((a) => ({ kind: "ASSESSMENT" as const, id: `a-${a.id}`, date: fromDbDate(a.date), at: iso(a.createdAt), decision: a.decision })),
    agreements.map((v) => ({ kind: "PLAN_AGREED" as const, id: `pa-${v.id}`, date: fromDbDate(v.agreedOn!), at: iso(v.createdAt), number: v.number })),
    followUps.map((f) => ({ kind: "FOLLOW_UP" as const, id: `f-${f.id}`, date: fromDbDate(f.date), at: iso(f.createdAt), parentsPresent: f.parentsPresent })),
    meetings.map((m) => ({ kind: "MEETING" as const, id: `m-${m.id}`, date: todayInCopenhagen(m.startsAt), at: iso(m.startsAt), meetingId: m.id, purpose: openable.has(m.id) ? m.purpose : null })),
  ];
  const { items, hasMore } = mergeTimeline(sources, limit);
  await writeAudit(db, actor, { action: "VIEW", recordType: "Journal", recordId: familyId, familyId, municipalityId: reach.municipalityId, details: { page } });
  return { familyId, canWrite, today: todayInCopenhagen(now), items, hasMore, page };
}

/** One entry with its place in the correction chain, for its own page (edit or correct it there). */
export async function loadJournalEntry(actor: Actor, familyId: string, entryId: string, now = new Date()) {
  const db = await getDb();
  const reach = await reachFamily(db, actor, familyId, "journal.view");
  if (!reach) return null;
  const row = await db.journalEntry.findFirst({ where: { id: entryId, familyId }, select: entrySelect });
  if (!row) return null;
  const family = await db.family.findUniqueOrThrow({ where: { id: familyId }, select: { displayName: true } });
  await writeAudit(db, actor, { action: "VIEW", recordType: "JournalEntry", recordId: row.id, familyId, municipalityId: reach.municipalityId });
  return { familyId, familyName: family.displayName, today: todayInCopenhagen(now), entry: entryView(row, actor, now, roleMay(actor.role, "journal.write")) };
}

export const SEARCH_LIMIT = 50;

/**
 * Journal entries whose title, text or "with whom" holds `q`, in the families the user reaches as
 * on the family list (familyScope) and nowhere else. Prisma passes `q` as a parameter; LIKE's
 * wildcards in it are escaped (literalLike), so "%" finds a percent sign, not everything. Every
 * family shown is audited.
 */
export async function searchJournal(actor: Actor, q: string) {
  const db = await getDb();
  const like = literalLike(q);
  const rows = await db.journalEntry.findMany({
    where: {
      family: familyScope(actor, "journal.view"),
      OR: [{ title: { contains: like, mode: "insensitive" } }, { text: { contains: like, mode: "insensitive" } }, { withWhom: { contains: like, mode: "insensitive" } }],
    },
    orderBy: [{ occurredOn: "desc" }, { createdAt: "desc" }, { id: "desc" }],
    take: SEARCH_LIMIT + 1,
    select: { id: true, familyId: true, occurredOn: true, kind: true, title: true, text: true, authorName: true, authorRole: true, family: { select: { displayName: true, municipalityId: true } } },
  });
  const shown = rows.slice(0, SEARCH_LIMIT);
  await writeAudit(db, actor, { action: "VIEW", recordType: "JournalSearch", details: { q, count: shown.length } });
  await auditFamilyViews(db, actor, "JournalSearch", shown.map((r) => ({ familyId: r.familyId, municipalityId: r.family.municipalityId })));
  return {
    more: rows.length > SEARCH_LIMIT,
    results: shown.map((r) => ({
      id: r.id, familyId: r.familyId, familyName: r.family.displayName, occurredOn: fromDbDate(r.occurredOn), kind: r.kind,
      title: r.title, snippet: snippetAround(r.text, q), authorName: r.authorName, authorRole: r.authorRole,
    })),
  };
}
