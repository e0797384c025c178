import type { CalendarDate } from "./calendar";

export type PhaseKind = "START_UP" | "CHANGE" | "MAINTENANCE";
export type AssessmentDecision = "START_MAINTENANCE" | "START_CHANGE" | "CLOSE";

export interface PhaseRecord {
  id: string;
  kind: PhaseKind;
  startDate: CalendarDate;
  /** Null for start-up, which has no fixed length. */
  plannedWeeks: number | null;
  followUpIntervalDays: number | null;
  endDate: CalendarDate | null;
  earlyEndReason?: string | null;
  assessment: { decision: AssessmentDecision; date: CalendarDate } | null;
}

/** What the rules need to know about one family, as plain data. */
export interface CaseSnapshot {
  closed: boolean;
  /** Chronological; at most one without an end date. */
  phases: PhaseRecord[];
  /** The currently agreed plan version, or null when none has been agreed. */
  plan: { agreed: boolean; activeGoalCount: number } | null;
  followUps: { date: CalendarDate; phaseId: string }[];
}

export const isCycle = (p: PhaseRecord) => p.kind === "CHANGE" || p.kind === "MAINTENANCE";

/** The open phase (no end date), if any. */
export function currentPhase(snapshot: CaseSnapshot): PhaseRecord | null {
  return snapshot.phases.find((p) => p.endDate === null) ?? null;
}

/** The most recent change or maintenance cycle, open or ended. */
export function lastCycle(snapshot: CaseSnapshot): PhaseRecord | null {
  return [...snapshot.phases].reverse().find(isCycle) ?? null;
}

export function lastPhase(snapshot: CaseSnapshot): PhaseRecord | null {
  return snapshot.phases.at(-1) ?? null;
}
