import { CASE_STAGES, daysBetween, followUpStatuses, type CalendarDate, type CaseStage, type MethodConfig, type PhaseRecord } from "@/domain/method";

// The evaluation figures as pure functions of plain rows, so the page, the CSV export and the tests
// compute them the same way.

export interface StatsFamily {
  id: string;
  /** Family.stage, which caseStage() gave at the family's last transition. */
  stage: CaseStage;
  phases: (PhaseRecord & { endDate: CalendarDate | null })[];
  followUps: { phaseId: string; date: CalendarDate }[];
  goals: { lineageId: string; status: "ACTIVE" | "REACHED" | "DROPPED" }[];
  ratings: { lineageId: string; date: CalendarDate; rating: number }[];
  sessions: { date: CalendarDate; status: string }[];
}

export interface Period { from: CalendarDate; to: CalendarDate }

export function median(values: number[]): number | null {
  if (values.length === 0) return null;
  const s = [...values].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

/** Due dates in the period whose window has closed, and how many of them had a follow-up in time. */
export function followUpsOnTime(f: StatsFamily, period: Period, today: CalendarDate, config: MethodConfig) {
  let due = 0, onTime = 0;
  for (const phase of f.phases) {
    if (phase.kind === "START_UP") continue;
    for (const s of followUpStatuses(phase, f.followUps, today, config)) {
      if (s.dueDate < period.from || s.dueDate > period.to || s.status === "upcoming" || s.status === "due") continue;
      due++;
      if (s.status === "done") onTime++;
    }
  }
  return { due, onTime };
}

/** Change in each goal's rating from its first to its latest rating in the period; goals rated once are left out. */
export function ratingChanges(f: StatsFamily, period: Period): number[] {
  const byGoal = new Map<string, { date: CalendarDate; rating: number }[]>();
  for (const r of f.ratings) {
    if (r.date < period.from || r.date > period.to) continue;
    byGoal.set(r.lineageId, [...(byGoal.get(r.lineageId) ?? []), r]);
  }
  return [...byGoal.values()].filter((rs) => rs.length > 1).map((rs) => {
    const sorted = rs.sort((a, b) => a.date.localeCompare(b.date));
    return sorted.at(-1)!.rating - sorted[0]!.rating;
  });
}

/** Weeks spent in each ended phase that ended within the period. */
export function phaseWeeks(f: StatsFamily, period: Period): { kind: string; weeks: number }[] {
  return f.phases
    .filter((p) => p.endDate && p.endDate >= period.from && p.endDate <= period.to)
    .map((p) => ({ kind: p.kind, weeks: (daysBetween(p.startDate, p.endDate!) + 1) / 7 }));
}

export function municipalityStatistics(families: StatsFamily[], period: Period, today: CalendarDate, config: MethodConfig) {
  const perPhase = Object.fromEntries(CASE_STAGES.map((s) => [s, 0])) as Record<CaseStage, number>;
  let due = 0, onTime = 0, reached = 0, dropped = 0, active = 0;
  const changes: number[] = [];
  const weeks: Record<string, number[]> = { START_UP: [], CHANGE: [], MAINTENANCE: [] };
  const sessions = { held: 0, cancelled: 0 };
  for (const f of families) {
    perPhase[f.stage]++;
    const ft = followUpsOnTime(f, period, today, config);
    due += ft.due;
    onTime += ft.onTime;
    for (const g of f.goals) g.status === "REACHED" ? reached++ : g.status === "DROPPED" ? dropped++ : active++;
    changes.push(...ratingChanges(f, period));
    for (const w of phaseWeeks(f, period)) weeks[w.kind]?.push(w.weeks);
    for (const s of f.sessions) {
      if (s.date < period.from || s.date > period.to) continue;
      if (s.status === "HELD") sessions.held++;
      else if (s.status.startsWith("CANCELLED")) sessions.cancelled++;
    }
  }
  return {
    families: families.length,
    perPhase,
    followUps: { due, onTime, share: due ? onTime / due : null },
    medianWeeks: { START_UP: median(weeks.START_UP!), CHANGE: median(weeks.CHANGE!), MAINTENANCE: median(weeks.MAINTENANCE!) },
    goals: { reached, dropped, active },
    ratingChange: { goals: changes.length, mean: changes.length ? changes.reduce((a, b) => a + b, 0) / changes.length : null, median: median(changes) },
    sessions,
  };
}
