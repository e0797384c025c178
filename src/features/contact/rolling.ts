import "server-only";
import type { CalendarDate } from "@/domain/method";
import {
  plannedDates, supersedeWindow, topUpDueBefore, topUpWindow, TOP_UP_SLACK_DAYS, type ContactPlanVersionRhythm, type DateWindow,
} from "@/domain/contact/schedule";
import type { Prisma } from "@/generated/prisma/client";
import type { Db } from "@/server/db";
import { writeAudit, type Tx } from "@/server/audit";
import { fromDbDate, fromDbDateOrNull, toDbDate } from "@/server/dates";

// The rolling schedule in the database. Which dates a plan has is decided in
// src/domain/contact/schedule.ts; here they are written, idempotently: ContactSession is unique on
// (plan, date) and every insert skips dates that exist (INSERT … ON CONFLICT DO NOTHING).

const rhythmSelect = { number: true, frequency: true, customDates: true, validFrom: true, validTo: true } as const;

async function versionsOf(tx: Tx, contactPlanId: string): Promise<ContactPlanVersionRhythm[]> {
  const rows = await tx.contactPlanVersion.findMany({ where: { contactPlanId }, select: rhythmSelect });
  return rows.map((v) => ({ ...v, customDates: v.customDates.map(fromDbDate), validFrom: fromDbDate(v.validFrom), validTo: fromDbDateOrNull(v.validTo) }));
}

async function insertDates(tx: Tx, contactPlanId: string, versions: ContactPlanVersionRhythm[], window: DateWindow): Promise<{ dates: CalendarDate[]; created: number }> {
  const dates = plannedDates(versions, window).map((d) => d.date);
  if (dates.length === 0) return { dates, created: 0 };
  const { count } = await tx.contactSession.createMany({ data: dates.map((d) => ({ contactPlanId, date: toDbDate(d) })), skipDuplicates: true });
  return { dates, created: count };
}

/**
 * Called by saveContactPlan after it wrote the new version (and so holds the plan's row lock):
 * from the new version's start (at most a year back) unrecorded sessions the schedule no longer has
 * are removed, recorded ones stay, missing ones are created; days not yet generated before that
 * start are filled under the older versions, and the horizon is moved to today's.
 */
export async function rescheduleAfterNewVersion(tx: Tx, plan: { id: string; sessionsUntil: Date | null }, validFrom: CalendarDate, today: CalendarDate) {
  const rewrite = supersedeWindow(validFrom, today);
  const gap = topUpWindow(await generatedThrough(tx, plan), today);
  const window = gap && gap.from < rewrite.from ? { from: gap.from, to: rewrite.to } : rewrite;
  const versions = await versionsOf(tx, plan.id);
  const keep = new Set(plannedDates(versions, rewrite).map((d) => d.date));
  const stale = await tx.contactSession.findMany({ where: { contactPlanId: plan.id, status: "PLANNED", date: { gte: toDbDate(rewrite.from) } }, select: { id: true, date: true } });
  const removeIds = stale.filter((s) => !keep.has(fromDbDate(s.date))).map((s) => s.id);
  if (removeIds.length) await tx.contactSession.deleteMany({ where: { id: { in: removeIds }, status: "PLANNED" } });
  const { created } = await insertDates(tx, plan.id, versions, window);
  await tx.contactPlan.update({ where: { id: plan.id }, data: { sessionsUntil: toDbDate(window.to) } });
  return { created, removed: removeIds.length };
}

/** How far a plan was generated; a plan from before the rolling schedule counts its last session. */
async function generatedThrough(tx: Tx, plan: { id: string; sessionsUntil: Date | null }): Promise<CalendarDate | null> {
  if (plan.sessionsUntil) return fromDbDate(plan.sessionsUntil);
  const last = await tx.contactSession.findFirst({ where: { contactPlanId: plan.id }, orderBy: { date: "desc" }, select: { date: true } });
  return last ? fromDbDate(last.date) : null;
}

/**
 * Generates the plan's sessions up to today's horizon. Safe to run any number of times and side by
 * side: the horizon is claimed with a compare-and-set on the plan row, which waits for a concurrent
 * save or top-up of the same plan and then finds the row changed and leaves it to that one.
 * Returns the number of sessions created.
 */
export async function topUpContactPlan(tx: Tx, contactPlanId: string, today: CalendarDate): Promise<number> {
  const plan = await tx.contactPlan.findUnique({
    where: { id: contactPlanId },
    select: { id: true, sessionsUntil: true, child: { select: { familyId: true, family: { select: { municipalityId: true } } } } },
  });
  if (!plan) return 0;
  const window = topUpWindow(await generatedThrough(tx, plan), today);
  if (!window) return 0;
  const { count } = await tx.contactPlan.updateMany({ where: { id: plan.id, sessionsUntil: plan.sessionsUntil }, data: { sessionsUntil: toDbDate(window.to) } });
  if (count === 0) return 0;
  // Read after the claim: the row lock makes this see a version saved meanwhile.
  const { created } = await insertDates(tx, plan.id, await versionsOf(tx, plan.id), window);
  if (created > 0) {
    // Nobody acted: the system carries out the saved plan, so the row has no actor.
    await writeAudit(tx, null, {
      action: "CREATE", recordType: "ContactSession", recordId: plan.id, familyId: plan.child.familyId, municipalityId: plan.child.family.municipalityId,
      details: { topUp: true, from: window.from, to: window.to, created },
    }, { ip: null });
  }
  return created;
}

export interface TopUpRun {
  plans: number;
  created: number;
  failed: number;
}

const BATCH = 200;

/**
 * Tops up every plan matching `where` whose sessions end before today's horizon less `slackDays`,
 * each in its own short transaction (the embedded database has one connection; a long one would
 * hold up every request). A plan that fails is logged and left for the next run.
 */
export async function topUpContactPlans(db: Db, today: CalendarDate, opts: { where?: Prisma.ContactPlanWhereInput; slackDays?: number; limit?: number } = {}): Promise<TopUpRun> {
  const dueBefore = toDbDate(topUpDueBefore(today, opts.slackDays ?? TOP_UP_SLACK_DAYS));
  const run: TopUpRun = { plans: 0, created: 0, failed: 0 };
  let cursor: string | undefined;
  for (;;) {
    const due = await db.contactPlan.findMany({
      where: { AND: [opts.where ?? {}, { OR: [{ sessionsUntil: null }, { sessionsUntil: { lt: dueBefore } }] }, cursor ? { id: { gt: cursor } } : {}] },
      orderBy: { id: "asc" },
      take: BATCH,
      select: { id: true },
    });
    for (const { id } of due) {
      try {
        run.created += await db.$transaction((tx) => topUpContactPlan(tx, id, today), { timeout: 20_000, maxWait: 10_000 });
        run.plans++;
      } catch (error) {
        run.failed++;
        console.error(`[forældrestøtte] contact sessions of plan ${id} not topped up (${errorName(error)}); tried again later`);
      }
      if (opts.limit && run.plans + run.failed >= opts.limit) return run;
    }
    if (due.length < BATCH) return run;
    cursor = due[due.length - 1]!.id;
  }
}

/** For a page read: top up the plans it shows when they run short, and never fail the page over it. */
export async function topUpBeforeRead(db: Db, where: Prisma.ContactPlanWhereInput, today: CalendarDate): Promise<void> {
  try {
    await topUpContactPlans(db, today, { where, limit: 50 });
  } catch (error) {
    console.error(`[forældrestøtte] contact top-up before a read failed (${errorName(error)})`);
  }
}

function errorName(error: unknown): string {
  return error instanceof Error ? ((error as { code?: string }).code ?? error.name) : "unknown";
}
