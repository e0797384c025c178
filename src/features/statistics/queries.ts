import "server-only";
import { createHmac } from "node:crypto";
import { z } from "zod";
import { addDays, isValidCalendarDate, todayInCopenhagen, type CalendarDate } from "@/domain/method";
import { getDb } from "@/server/db";
import type { Actor } from "@/server/authz/actor";
import { writeAudit } from "@/server/audit";
import { wholeMunicipalityReach } from "@/server/authz/scope";
import { methodConfigFor } from "@/features/method-config";
import { familySlices, loadStatsFamilies } from "./load";
import { followUpsOnTime, municipalityStatistics, ratingChanges, type Period, type StatsFamily } from "./compute";
import { matchingOutcomesSql, PLACEMENT_CSV_COLUMNS, placementCsvRows } from "./matching";

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

const SLICE = 500;

/** What both the report and the export start from: the reached municipality's rules and its slices. */
async function statisticsScope(actor: Actor, permission: "statistics.view" | "statistics.export") {
  const db = await getDb();
  const municipalityId = wholeMunicipalityReach(actor, permission);
  if (!municipalityId) return { db, config: methodConfigFor({}), slices: [], families: 0 };
  const [municipality, { slices, families }] = await Promise.all([
    db.municipality.findUnique({ where: { id: municipalityId }, select: { settings: true } }),
    familySlices(db, municipalityId, SLICE),
  ]);
  return { db, config: methodConfigFor(municipality?.settings ?? {}), slices, families };
}

/** The whole municipality's figures, read slice by slice so memory stays bounded as it grows. */
export async function municipalityReport(actor: Actor, period: Period, now = new Date()) {
  const { db, config, slices } = await statisticsScope(actor, "statistics.view");
  const families: StatsFamily[] = [];
  for (const slice of slices) families.push(...(await loadStatsFamilies(db, slice, period)));
  await writeAudit(db, actor, { action: "VIEW", recordType: "Statistics", details: { ...period, families: families.length } });
  return municipalityStatistics(families, period, todayInCopenhagen(now), config);
}

/**
 * The matching figures (placements and breakdowns within one and two years) of the reached municipality.
 * Over every placement, not the chosen period: a breakdown within two years needs two years of history.
 */
export async function matchingReport(actor: Actor, now = new Date()) {
  const db = await getDb();
  const municipalityId = wholeMunicipalityReach(actor, "statistics.view");
  if (!municipalityId) return null;
  const today = todayInCopenhagen(now);
  const outcomes = await matchingOutcomesSql(db, municipalityId, today);
  await writeAudit(db, actor, { action: "VIEW", recordType: "Statistics", details: { section: "matching", placements: outcomes.total.all?.started ?? 0 } });
  return { today, outcomes };
}

/** A stable pseudonym: the same family gets the same id in every export, and the id reveals nothing. */
export function pseudonym(familyId: string, secret: string): string {
  return `F-${createHmac("sha256", secret).update(familyId).digest("hex").slice(0, 12)}`;
}

const CSV_COLUMNS = ["family", "current_phase", "follow_ups_due", "follow_ups_on_time", "goals_active", "goals_reached", "goals_dropped", "rating_change_mean", "sessions_held", "sessions_cancelled"] as const;

/**
 * One pseudonymised row per family: no names, no CPR, no free text. Streamed slice by slice (a
 * municipality's export grows with its families); the export is audited with its filter and row
 * count before the first row leaves the server.
 */
export async function* exportCsvLines(actor: Actor, period: Period, secret: string, now = new Date()): AsyncGenerator<string> {
  const { db, config, slices, families } = await statisticsScope(actor, "statistics.export");
  await writeAudit(db, actor, { action: "EXPORT", recordType: "StatisticsCsv", details: { ...period, rows: families } });
  const today: CalendarDate = todayInCopenhagen(now);
  yield CSV_COLUMNS.join(",") + "\r\n";
  for (const slice of slices) {
    const lines: string[] = [];
    for (const f of await loadStatsFamilies(db, slice, period)) {
      const ft = followUpsOnTime(f, period, today, config);
      const changes = ratingChanges(f, period);
      lines.push([
        pseudonym(f.id, secret), f.stage, ft.due, ft.onTime,
        f.goals.filter((g) => g.status === "ACTIVE").length, f.goals.filter((g) => g.status === "REACHED").length, f.goals.filter((g) => g.status === "DROPPED").length,
        changes.length ? (changes.reduce((a, b) => a + b, 0) / changes.length).toFixed(2) : "",
        f.sessions.filter((s) => s.status === "HELD").length, f.sessions.filter((s) => s.status.startsWith("CANCELLED")).length,
      ].join(",") + "\r\n");
    }
    yield lines.join("");
  }
}

/** The whole export as one string (for tests and small municipalities). */
export async function exportCsv(actor: Actor, period: Period, secret: string, now = new Date()): Promise<string> {
  let csv = "";
  for await (const chunk of exportCsvLines(actor, period, secret, now)) csv += chunk;
  return csv;
}

/**
 * The matching figures per placement, pseudonymised as the family export is (the same family pseudonym,
 * so the two files join), streamed slice by slice and audited with its row count before the first row.
 */
export async function* exportPlacementCsvLines(actor: Actor, secret: string, now = new Date()): AsyncGenerator<string> {
  const { db, slices } = await statisticsScope(actor, "statistics.export");
  const municipalityId = wholeMunicipalityReach(actor, "statistics.export");
  const today: CalendarDate = todayInCopenhagen(now);
  const rows = municipalityId ? ((await matchingOutcomesSql(db, municipalityId, today)).total.all?.started ?? 0) : 0;
  await writeAudit(db, actor, { action: "EXPORT", recordType: "StatisticsCsv", details: { rows, of: "placements" } });
  yield PLACEMENT_CSV_COLUMNS.join(",") + "\r\n";
  for (const slice of slices) yield (await placementCsvRows(db, slice, today, (id) => pseudonym(id, secret))).join("");
}

export async function exportPlacementCsv(actor: Actor, secret: string, now = new Date()): Promise<string> {
  let csv = "";
  for await (const chunk of exportPlacementCsvLines(actor, secret, now)) csv += chunk;
  return csv;
}
