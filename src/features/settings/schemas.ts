import { z } from "zod";
import { checkSetting, type SettingField } from "@/domain/method/settings-limits";
import { checkbox, version, wholeNumber } from "@/server/schemas";

// The limits are the domain's (src/domain/method/settings-limits.ts): each field is checked there,
// and a refusal comes back at that field with the limits filled in.
function withinLimits<T extends z.ZodType>(field: SettingField, schema: T) {
  return schema.superRefine((value, ctx) => {
    const problem = checkSetting(field, value);
    if (problem) ctx.addIssue({ code: "custom", message: `reasons.${problem.reason}`, params: "params" in problem ? problem.params : undefined, input: value });
  });
}

const anyWhole = wholeNumber(-1_000_000, 1_000_000);
/** A group of checkboxes arrives as one string, a list, or nothing. */
const intervals = z.preprocess(
  (v) => (typeof v === "string" ? (v === "" ? [] : [v]) : (v ?? [])),
  z.array(z.preprocess((d) => (typeof d === "string" && /^\d{1,4}$/.test(d.trim()) ? Number(d) : d), z.number().int())).max(10),
);

export const municipalitySettingsInput = z.object({
  version,
  overdueToleranceDays: withinLimits("overdueToleranceDays", anyWhole),
  startUpWarningWeeks: withinLimits("startUpWarningWeeks", anyWhole),
  maintenanceFollowUpIntervals: withinLimits("maintenanceFollowUpIntervals", intervals),
  reminderEmails: checkbox,
  sessionIdleMinutes: withinLimits("sessionIdleMinutes", anyWhole),
});
