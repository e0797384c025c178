/**
 * The method's numbers. The week ranges come from the method itself; the rest are product rules
 * (../shared/spec/method.md) that a municipality may tune through its settings.
 */
export interface MethodConfig {
  changeMinWeeks: number;
  changeMaxWeeks: number;
  maintenanceMinWeeks: number;
  maintenanceMaxWeeks: number;
  changeFollowUpIntervalDays: number;
  maintenanceFollowUpIntervals: number[];
  /** A follow-up within this many days before or after a due date counts for it. */
  overdueToleranceDays: number;
  startUpWarningWeeks: number;
  minActiveGoals: number;
  maxActiveGoals: number;
}

export const DEFAULT_METHOD_CONFIG: MethodConfig = {
  changeMinWeeks: 8,
  changeMaxWeeks: 16,
  maintenanceMinWeeks: 8,
  maintenanceMaxWeeks: 16,
  changeFollowUpIntervalDays: 14,
  maintenanceFollowUpIntervals: [14, 28],
  overdueToleranceDays: 3,
  startUpWarningWeeks: 6,
  minActiveGoals: 1,
  maxActiveGoals: 5,
};
