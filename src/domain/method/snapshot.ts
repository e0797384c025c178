import type { CalendarDate } from "./calendar";

export type PhaseKind = "START_UP" | "CHANGE" | "MAINTENANCE";
export type CycleKind = Exclude<PhaseKind, "START_UP">;
export type AssessmentDecision = "START_MAINTENANCE" | "START_CHANGE" | "CLOSE";

export interface PhaseRecord {
  id: string;
  kind: PhaseKind;
  startDate: CalendarDate;
  /** Null for start-up, which has no fixed length. */
  plannedWeeks: number | null;
  /** Null for start-up; a change phase that lacks it uses the config's change interval. */
  followUpIntervalDays: number | null;
  /** The phase's last day (inclusive); null while it runs. */
  endDate: CalendarDate | null;
  earlyEndReason?: string | null;
  assessment: { decision: AssessmentDecision; date: CalendarDate } | null;
}

/** A change or maintenance phase: the phases with a planned length, follow-ups and an assessment. */
export type CycleRecord = PhaseRecord & { kind: CycleKind };

export interface FollowUpRecord {
  date: CalendarDate;
  phaseId: string;
}

/** What the rules need to know about one family, as plain data mapped from the database. */
export interface CaseSnapshot {
  closed: boolean;
  /** When the case was closed, if the caller knows; reopening may not be dated before it. */
  closedOn?: CalendarDate | null;
  /** Chronological; at most one without an end date. */
  phases: PhaseRecord[];
  /** The latest agreed plan version, or null when none has been agreed. */
  plan: { agreed: boolean; activeGoalCount: number } | null;
  followUps: FollowUpRecord[];
}

export const isCycle = (p: PhaseRecord): p is CycleRecord => p.kind === "CHANGE" || p.kind === "MAINTENANCE";

/** The open phase (the one without an end date), if any. */
export function currentPhase(snapshot: CaseSnapshot): PhaseRecord | null {
  return snapshot.phases.find((p) => p.endDate === null) ?? null;
}

/** The change or maintenance phase that is running now, if any. */
export function runningCycle(snapshot: CaseSnapshot): CycleRecord | null {
  const open = currentPhase(snapshot);
  return open && isCycle(open) ? open : null;
}

export function lastPhase(snapshot: CaseSnapshot): PhaseRecord | null {
  return snapshot.phases[snapshot.phases.length - 1] ?? null;
}

/** The most recent change or maintenance phase, running or ended. */
export function lastCycle(snapshot: CaseSnapshot): CycleRecord | null {
  for (let i = snapshot.phases.length - 1; i >= 0; i--) {
    const p = snapshot.phases[i]!;
    if (isCycle(p)) return p;
  }
  return null;
}

/**
 * The ended cycle that still needs its assessment. Only the latest phase can be it: the next phase
 * cannot start without the assessment, so an older cycle without one cannot occur.
 */
export function phaseAwaitingAssessment(snapshot: CaseSnapshot): CycleRecord | null {
  const last = lastPhase(snapshot);
  return last && isCycle(last) && last.endDate !== null && last.assessment === null ? last : null;
}

/** The stages in the order a family moves through them; lists, filters and counts use this order. */
export const CASE_STAGES = ["START_UP", "CHANGE", "MAINTENANCE", "AWAITING_ASSESSMENT", "AWAITING_NEXT_PHASE", "CLOSED"] as const;
export type CaseStage = (typeof CASE_STAGES)[number];

/**
 * Where the family stands in the method: the one rule for it. Stored on the family by every
 * transition (Family.stage) so that SQL filters and counts need not read the history.
 */
export function caseStage(snapshot: CaseSnapshot): CaseStage {
  if (snapshot.closed) return "CLOSED";
  const open = currentPhase(snapshot);
  if (open) return open.kind;
  return phaseAwaitingAssessment(snapshot) ? "AWAITING_ASSESSMENT" : "AWAITING_NEXT_PHASE";
}

/**
 * The latest date the case's history records (phase starts and ends, assessments, closing). Nothing
 * new — a phase start, a closing, a reopening — may be dated before it, so history stays in order.
 */
export function latestRecordedDate(snapshot: CaseSnapshot): CalendarDate | null {
  let latest: CalendarDate | null = snapshot.closedOn ?? null;
  const consider = (d: CalendarDate | null | undefined) => {
    if (d && (latest === null || d > latest)) latest = d;
  };
  for (const p of snapshot.phases) {
    consider(p.startDate);
    consider(p.endDate);
    consider(p.assessment?.date);
  }
  return latest;
}
