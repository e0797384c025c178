import { z } from "zod";
import { calendarDate, checkbox, id, optionalDate, optionalText, shortText, version, wholeNumber } from "@/server/schemas";

export const CONTACT_FREQUENCIES = ["WEEKLY", "EVERY_OTHER_WEEK", "EVERY_OTHER_WEEKEND", "MONTHLY", "CUSTOM"] as const;
export const CONTACT_MODES = ["IN_PERSON", "PHONE", "VIDEO"] as const;
export const SESSION_OUTCOMES = ["HELD", "CANCELLED_BY_PARENT", "CANCELLED_BY_SITE", "CANCELLED_BY_CHILD"] as const;

const customDates = z.preprocess(
  (v) => (typeof v === "string" ? v.split(/[\s,;]+/).filter(Boolean) : (v ?? [])),
  z.array(calendarDate).max(200),
);

export const saveContactPlanInput = z.object({
  familyId: id,
  childId: id,
  /** The version number the form was opened on (0 when the child has no plan yet). */
  basedOnNumber: wholeNumber(0),
  frequency: z.enum(CONTACT_FREQUENCIES),
  customDates,
  durationMinutes: wholeNumber(1, 24 * 60),
  place: shortText(300),
  supervised: checkbox,
  supervisedBy: optionalText(200),
  mode: z.enum(CONTACT_MODES),
  validFrom: calendarDate,
  validTo: optionalDate,
  notes: optionalText(4000),
});

export const recordSessionInput = z.object({
  sessionId: id,
  version,
  status: z.enum(SESSION_OUTCOMES),
  observation: optionalText(2000),
});

export const commentContactPlanInput = z.object({ contactPlanId: id, body: z.string().trim().min(1).max(2000) });
