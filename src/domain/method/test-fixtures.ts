import type { CaseSnapshot, PhaseRecord } from "./snapshot";

// Builders for the tests (not exported from index.ts). The default story: a family enrolled on
// Monday 5 January 2026, start-up until Monday 2 February, then a 12-week change phase.

export const startUp = (startDate = "2026-01-05", endDate: string | null = null, id = "s1"): PhaseRecord => ({
  id, kind: "START_UP", startDate, plannedWeeks: null, followUpIntervalDays: null, endDate, earlyEndReason: null, assessment: null,
});

export const change = (p: Partial<PhaseRecord> = {}): PhaseRecord => ({
  id: "c1", kind: "CHANGE", startDate: "2026-02-02", plannedWeeks: 12, followUpIntervalDays: 14, endDate: null, earlyEndReason: null, assessment: null, ...p,
});

export const maintenance = (p: Partial<PhaseRecord> = {}): PhaseRecord => ({
  id: "m1", kind: "MAINTENANCE", startDate: "2026-05-04", plannedWeeks: 12, followUpIntervalDays: 28, endDate: null, earlyEndReason: null, assessment: null, ...p,
});

export const snapshot = (p: Partial<CaseSnapshot> = {}): CaseSnapshot => ({
  closed: false,
  phases: [startUp()],
  plan: { agreed: true, activeGoalCount: 2 },
  followUps: [],
  ...p,
});

/** Start-up, then the default change phase, running. */
export const inChange = (p: Partial<PhaseRecord> = {}, rest: Partial<CaseSnapshot> = {}): CaseSnapshot =>
  snapshot({ phases: [startUp("2026-01-05", "2026-02-02"), change(p)], ...rest });

/** The default change phase ended on its planned last day (Sunday 26 April 2026), with or without an assessment. */
export const afterChange = (assessment: PhaseRecord["assessment"] = null, rest: Partial<CaseSnapshot> = {}): CaseSnapshot =>
  inChange({ endDate: "2026-04-26", assessment }, rest);

/** The reason code of a refusal, or "OK": lets a table of cases read as data. */
export const verdict = (r: { ok: boolean; reason?: string }): string => (r.ok ? "OK" : r.reason!);
