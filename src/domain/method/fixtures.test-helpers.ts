import type { CaseSnapshot, PhaseRecord } from "./snapshot";

// Small builders for the rule tests: a case in start-up with an agreed plan, and cycles after it.
export const startUp = (startDate = "2026-01-05", endDate: string | null = null): PhaseRecord => ({
  id: "s1", kind: "START_UP", startDate, plannedWeeks: null, followUpIntervalDays: null, endDate, assessment: null,
});

export const change = (p: Partial<PhaseRecord> = {}): PhaseRecord => ({
  id: "c1", kind: "CHANGE", startDate: "2026-02-02", plannedWeeks: 12, followUpIntervalDays: 14, endDate: null, assessment: null, ...p,
});

export const snapshot = (p: Partial<CaseSnapshot> = {}): CaseSnapshot => ({
  closed: false,
  phases: [startUp()],
  plan: { agreed: true, activeGoalCount: 2 },
  followUps: [],
  ...p,
});
