import { z } from "zod";
import { isValidCalendarDate } from "@/domain/method";

// Building blocks shared by every form's schema: the same limits in the form and in the action.
export const id = z.string().trim().min(1).max(64);
/** The largest value an Int column holds: a bigger number is a validation error, not a database error. */
const INT_MAX = 2_147_483_647;

/**
 * A whole number typed into a form. Not z.coerce.number: that turns a blank field into 0, so an
 * empty rating was stored as 0/10. Blank here is "required"; anything but digits is "invalid".
 */
export const wholeNumber = (min = 0, max = INT_MAX) =>
  z.preprocess((v, ctx) => {
    if (typeof v !== "string") return v;
    const text = v.trim();
    if (text === "") return undefined;
    if (/^[+-]?\d{1,12}$/.test(text)) return Number(text);
    ctx.addIssue({ code: "custom", message: "validation.invalidType", input: v });
    return z.NEVER;
  }, z.number().int().min(min).max(max));
export const version = wholeNumber(1);
export const calendarDate = z.string().trim().min(1).refine((s) => isValidCalendarDate(s), { message: "validation.dateInvalid" });
export const optionalDate = z.preprocess((v) => (v === "" || v === undefined ? null : v), calendarDate.nullable());
export const shortText = (max = 200) => z.string().trim().min(1).max(max);
export const optionalText = (max = 2000) => z.preprocess((v) => (v ?? ""), z.string().trim().max(max));
export const checkbox = z.preprocess((v) => v === true || v === "on" || v === "true", z.boolean());
export const requestId = z.string().trim().min(8).max(64);
