import { z } from "zod";
import { isValidCalendarDate } from "@/domain/method";

// Building blocks shared by every form's schema: the same limits in the form and in the action.
export const id = z.string().trim().min(1).max(64);
export const version = z.coerce.number().int().min(1);
export const calendarDate = z.string().trim().refine((s) => isValidCalendarDate(s), { message: "validation.dateInvalid" });
export const optionalDate = z.preprocess((v) => (v === "" || v === undefined ? null : v), calendarDate.nullable());
export const shortText = (max = 200) => z.string().trim().min(1).max(max);
export const optionalText = (max = 2000) => z.preprocess((v) => (v ?? ""), z.string().trim().max(max));
export const checkbox = z.preprocess((v) => v === true || v === "on" || v === "true", z.boolean());
export const requestId = z.string().trim().min(8).max(64);
