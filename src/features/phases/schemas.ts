import { z } from "zod";
import { calendarDate, id, optionalText, version, wholeNumber } from "@/server/schemas";

const weeks = wholeNumber(1, 104);

export const startChangeInput = z.object({ familyId: id, familyVersion: version, startDate: calendarDate, plannedWeeks: weeks });
export const startMaintenanceInput = z.object({
  familyId: id, familyVersion: version, startDate: calendarDate, plannedWeeks: weeks,
  followUpIntervalDays: wholeNumber(1, 90),
});
export const extendPhaseInput = z.object({ familyId: id, familyVersion: version, plannedWeeks: weeks });
export const endPhaseInput = z.object({ familyId: id, familyVersion: version, endDate: calendarDate, earlyEndReason: optionalText(1000) });
export const ASSESSMENT_DECISIONS = ["START_MAINTENANCE", "START_CHANGE", "CLOSE"] as const;
export const recordAssessmentInput = z.object({
  familyId: id, familyVersion: version, date: calendarDate,
  progressionSummary: z.string().trim().min(1).max(8000),
  parentsView: optionalText(8000),
  decision: z.enum(ASSESSMENT_DECISIONS),
  justification: optionalText(4000),
  closeReason: optionalText(1000),
});
export const closeCaseInput = z.object({ familyId: id, familyVersion: version, date: calendarDate, reason: z.string().trim().min(1).max(1000) });
export const reopenCaseInput = z.object({ familyId: id, familyVersion: version, date: calendarDate });
