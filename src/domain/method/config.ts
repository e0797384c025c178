/**
 * The method's numbers. The week ranges (8–16) come from the method itself; the rest are product
 * rules (shared/spec/method.md) that a municipality may tune in its settings. Every rule function
 * takes a config as its optional last parameter and falls back to these defaults.
 */
export interface MethodConfig {
  changeMinWeeks: number;
  changeMaxWeeks: number;
  maintenanceMinWeeks: number;
  maintenanceMaxWeeks: number;
  /** Follow-ups in a change phase are due this often, counted from its start date. */
  changeFollowUpIntervalDays: number;
  /** The choices offered when a maintenance phase starts. */
  maintenanceFollowUpIntervals: readonly number[];
  /** A follow-up held up to this many days before or after a due date counts for it. */
  overdueToleranceDays: number;
  startUpWarningWeeks: number;
  minActiveGoals: number;
  maxActiveGoals: number;
}

export const DEFAULT_METHOD_CONFIG: Readonly<MethodConfig> = Object.freeze({
  changeMinWeeks: 8,
  changeMaxWeeks: 16,
  maintenanceMinWeeks: 8,
  maintenanceMaxWeeks: 16,
  changeFollowUpIntervalDays: 14,
  maintenanceFollowUpIntervals: Object.freeze([14, 28]),
  overdueToleranceDays: 3,
  startUpWarningWeeks: 6,
  minActiveGoals: 1,
  maxActiveGoals: 5,
});

export function lengthLimits(kind: "CHANGE" | "MAINTENANCE", config: MethodConfig = DEFAULT_METHOD_CONFIG): { min: number; max: number } {
  return kind === "CHANGE"
    ? { min: config.changeMinWeeks, max: config.changeMaxWeeks }
    : { min: config.maintenanceMinWeeks, max: config.maintenanceMaxWeeks };
}
