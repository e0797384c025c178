import "server-only";
import { createHmac } from "node:crypto";
import { z } from "zod";
import { addDays, isValidCalendarDate, todayInCopenhagen, type CalendarDate } from "@/domain/method";
import { getDb } from "@/server/db";
import type { Actor } from "@/server/authz/actor";
import { writeAudit } from "@/server/audit";
import { fromDbDate, fromDbDateOrNull } from "@/server/dates";
import { methodConfigFor } from "@/features/method-config";
import { followUpsOnTime, municipalityStatistics, ratingChanges, type Period, type StatsFamily } from "./compute";

const date = z.string().refine(isValidCalendarDate, { message: "validation.dateInvalid" });
export const periodQuery = z
  .object({ from: date.optional(), to: date.optional() })
  .refine((p) => !p.from || !p.to || p.from <= p.to, { message: "statistics.fromAfterTo", path: ["to"] });

export function resolvePeriod(raw: Record<string, string | undefined>, now = new Date()): { period: Period; error: string | null } {
  const today = todayInCopenhagen(now);
  const fallback = { from: addDays(today, -365), to: today };
  const parsed = periodQuery.safeParse(raw);
  if (!parsed.success) return { period: fallback, error: parsed.error.issues[0]?.message ?? "validation.invalid" };
  return { period: { from: parsed.data.from ?? fallback.from, to: parsed.data.to ?? fallback.to }, error: null };
}

/** Every family of the coordinator's municipality as plain rows for the statistics. */
async function loadStatsFamilies(actor: Actor): Promise<{ families: StatsFamily[]; settings: unknown }> {
  const db = await getDb();
  const municipalityId = actor.municipalityId ?? "";
  const [municipality, rows] = await Promise.all([
    db.municipality.findUnique({ where: { id: municipalityId }, select: { settings: true } }),
    db.family.findMany({
      where: { municipalityId },
      select: {
        id: true, currentPhase: true,
        phases: { select: { id: true, kind: true, startDate: true, plannedWeeks: true, followUpIntervalDays: true, endDate: true } },
        followUps: { select: { phaseId: true, date: true, ratings: { select: { rating: true, goal: { select: { lineageId: true } } } } } },
        plan: { select: { versions: { where: { status: "AGREED" }, take: 1, select: { goals: { select: { lineageId: true, status: true } } } } } },
        children: { select: { contactPlans: { select: { sessions: { select: { date: true, status: true } } } } } },
      },
    }),
  ]);
  const families: StatsFamily[] = rows.map((f) => ({
    id: f.id,
    currentPhase: f.currentPhase,
    phases: f.phases.filter((p) => p.kind !== "CLOSED").map((p) => ({
      id: p.id, kind: p.kind as "START_UP" | "CHANGE" | "MAINTENANCE", startDate: fromDbDate(p.startDate), plannedWeeks: p.plannedWeeks,
      followUpIntervalDays: p.followUpIntervalDays, endDate: fromDbDateOrNull(p.endDate), assessment: null,
    })),
    followUps: f.followUps.map((x) => ({ phaseId: x.phaseId, date: fromDbDate(x.date) })),
    goals: f.plan?.versions[0]?.goals ?? [],
    ratings: f.followUps.flatMap((x) => x.ratings.map((r) => ({ lineageId: r.goal.lineageId, rating: r.rating, date: fromDbDate(x.date) }))),
    sessions: f.children.flatMap((c) => c.contactPlans.flatMap((cp) => cp.sessions.map((s) => ({ date: fromDbDate(s.date), status: s.status })))),
  }));
  return { families, settings: municipality?.settings ?? {} };
}

export async function municipalityReport(actor: Actor, period: Period, now = new Date()) {
  const { families, settings } = await loadStatsFamilies(actor);
  await writeAudit(await getDb(), actor, { action: "VIEW", recordType: "Statistics", details: { ...period, families: families.length } });
  return municipalityStatistics(families, period, todayInCopenhagen(now), methodConfigFor(settings));
}

/** A stable pseudonym: the same family gets the same id in every export, and the id reveals nothing. */
export function pseudonym(familyId: string, secret: string): string {
  return `F-${createHmac("sha256", secret).update(familyId).digest("hex").slice(0, 12)}`;
}

const CSV_COLUMNS = ["family", "current_phase", "follow_ups_due", "follow_ups_on_time", "goals_active", "goals_reached", "goals_dropped", "rating_change_mean", "sessions_held", "sessions_cancelled"] as const;

/** One pseudonymised row per family: no names, no CPR, no free text. The export is audited with its filter and row count. */
export async function exportCsv(actor: Actor, period: Period, secret: string, now = new Date()): Promise<string> {
  const { families, settings } = await loadStatsFamilies(actor);
  const config = methodConfigFor(settings);
  const today: CalendarDate = todayInCopenhagen(now);
  const lines = [CSV_COLUMNS.join(",")];
  for (const f of families) {
    const ft = followUpsOnTime(f, period, today, config);
    const changes = ratingChanges(f, period);
    const inPeriod = f.sessions.filter((s) => s.date >= period.from && s.date <= period.to);
    lines.push([
      pseudonym(f.id, secret), f.currentPhase, ft.due, ft.onTime,
      f.goals.filter((g) => g.status === "ACTIVE").length, f.goals.filter((g) => g.status === "REACHED").length, f.goals.filter((g) => g.status === "DROPPED").length,
      changes.length ? (changes.reduce((a, b) => a + b, 0) / changes.length).toFixed(2) : "",
      inPeriod.filter((s) => s.status === "HELD").length, inPeriod.filter((s) => s.status.startsWith("CANCELLED")).length,
    ].join(","));
  }
  await writeAudit(await getDb(), actor, { action: "EXPORT", recordType: "StatisticsCsv", details: { ...period, rows: families.length } });
  return lines.join("\r\n") + "\r\n";
}
