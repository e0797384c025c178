import "server-only";
import { cache } from "react";
import { z } from "zod";
import { checkFirstYearEvent, EXPECTATION_TALK_MONTHS, firstYearAgenda, nextAgendaItem, SUPERVISION_PERIOD_MONTHS, addMonths } from "@/domain/matching";
import { todayInCopenhagen } from "@/domain/method";
import { defineCommand } from "@/server/command";
import { notFound, ruleViolation } from "@/server/errors";
import { getDb, type Db } from "@/server/db";
import type { Tx } from "@/server/audit";
import type { Actor } from "@/server/authz/actor";
import { matchingCaseScope } from "@/server/authz/scope";
import { writeAudit } from "@/server/audit";
import { checkbox, calendarDate, id, optionalText } from "@/server/schemas";
import { fromDbDate, fromDbDateOrNull, toDbDate } from "@/server/dates";
import { reachMatchingCase } from "./access";
import { loadMatchingCase } from "./case-queries";

// The first year after the move: expectation talks at 1, 3 and 6 months and the § 156 supervision visits,
// as the domain's agenda (src/domain/matching/first-year.ts) computes them from what was recorded.

const FOLLOWED: ("TRANSITION" | "FIRST_YEAR")[] = ["TRANSITION", "FIRST_YEAR"];

async function agendaOf(db: Db | Tx, caseId: string, today: string) {
  const c = await db.matchingCase.findUniqueOrThrow({
    where: { id: caseId },
    select: { moveDate: true, firstYear: { orderBy: { heldOn: "asc" }, select: { id: true, kind: true, months: true, heldOn: true, note: true, spokeWithChild: true } }, decision: { select: { placement: { select: { endDate: true } } } } },
  });
  const moveDate = fromDbDateOrNull(c.moveDate);
  if (!moveDate) return { moveDate, items: [], events: c.firstYear };
  const records = {
    talks: c.firstYear.filter((e) => e.kind === "EXPECTATION_TALK").map((e) => ({ months: e.months, heldOn: fromDbDate(e.heldOn) })),
    supervisionVisits: c.firstYear.filter((e) => e.kind === "SUPERVISION_VISIT").map((e) => fromDbDate(e.heldOn)),
  };
  return { moveDate, items: firstYearAgenda(moveDate, records, today, fromDbDateOrNull(c.decision?.placement.endDate)), events: c.firstYear };
}

export const loadFirstYearPage = cache(async (actor: Actor, caseId: string) => {
  const c = await loadMatchingCase(actor, caseId);
  if (!c) return null;
  const { moveDate, items, events } = await agendaOf(await getDb(), c.id, c.today);
  return { c, moveDate, items, events: events.map((e) => ({ ...e, heldOn: fromDbDate(e.heldOn) })) };
});

/** For the home pages: the next talk or visit of every followed case the user reaches, soonest first. */
export async function firstYearDue(actor: Actor) {
  const db = await getDb();
  const today = todayInCopenhagen(new Date());
  const cases = await db.matchingCase.findMany({
    where: { ...matchingCaseScope(actor), stage: { in: FOLLOWED }, moveDate: { not: null } },
    take: 200,
    select: { id: true, child: { select: { name: true } } },
  });
  const rows = [];
  for (const c of cases) {
    const next = nextAgendaItem((await agendaOf(db, c.id, today)).items);
    if (next) rows.push({ caseId: c.id, child: c.child.name, ...next });
  }
  await writeAudit(db, actor, { action: "VIEW", recordType: "MatchingCaseList", details: { purpose: "firstYear", count: rows.length } });
  return rows.sort((a, b) => (a.due < b.due ? -1 : 1));
}

const eventInput = z.object({
  caseId: id,
  kind: z.enum(["EXPECTATION_TALK", "SUPERVISION_VISIT"]),
  months: z.preprocess((v) => (v === "" || v === undefined ? null : Number(v)), z.number().int().min(0).max(600).nullable()),
  heldOn: calendarDate,
  note: optionalText(3000),
  spokeWithChild: checkbox,
});

export const recordFirstYearEvent = defineCommand({
  name: "recordFirstYearEvent",
  permission: "matching.write",
  input: eventInput,
  async run(ctx, input) {
    const c = await reachMatchingCase(ctx.tx, ctx.actor, input.caseId, "matching.write");
    if (!c) throw notFound();
    if (!FOLLOWED.includes(c.stage as "FIRST_YEAR")) throw ruleViolation("MATCH_STAGE_NOT_NEXT", undefined, "heldOn");
    const row = await ctx.tx.matchingCase.findUniqueOrThrow({ where: { id: c.id }, select: { moveDate: true } });
    const moveDate = fromDbDateOrNull(row.moveDate);
    const refusal = checkFirstYearEvent(moveDate, input.heldOn, ctx.today);
    if (refusal) throw ruleViolation(refusal.reason, refusal.params, refusal.field);
    let months: number;
    if (input.kind === "EXPECTATION_TALK") {
      if (!input.months || !(EXPECTATION_TALK_MONTHS as readonly number[]).includes(input.months)) throw ruleViolation("MATCH_STAGE_NOT_NEXT", undefined, "months");
      months = input.months;
    } else {
      // The supervision half year the visit falls in, counted from the move.
      months = SUPERVISION_PERIOD_MONTHS;
      while (addMonths(moveDate!, months) <= input.heldOn) months += SUPERVISION_PERIOD_MONTHS;
    }
    const event = await ctx.tx.firstYearEvent.create({
      data: { caseId: c.id, kind: input.kind, months, heldOn: toDbDate(input.heldOn), note: input.note, spokeWithChild: input.kind === "SUPERVISION_VISIT" && input.spokeWithChild, recordedById: ctx.actor.id },
      select: { id: true },
    });
    await ctx.audit({ action: "CREATE", recordType: "FirstYearEvent", recordId: event.id, familyId: c.child.familyId, details: { caseId: c.id, kind: input.kind, months } });
    return { caseId: c.id };
  },
});
