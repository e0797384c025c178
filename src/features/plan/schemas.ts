import { z } from "zod";
import { calendarDate, id, optionalText, shortText, version, wholeNumber } from "@/server/schemas";

export const GOAL_STATUSES = ["ACTIVE", "REACHED", "DROPPED"] as const;
export const AGREEMENT_MODES = ["IN_PERSON", "PHONE", "VIDEO", "OTHER"] as const;

export const goalInput = z
  .object({
    lineageId: z.preprocess((v) => (v === "" ? undefined : v), id.optional()),
    title: shortText(160),
    parentsWords: optionalText(2000),
    successCriteria: optionalText(2000),
    supportedBy: optionalText(300),
    status: z.enum(GOAL_STATUSES).default("ACTIVE"),
    dropReason: optionalText(500),
  })
  .refine((g) => g.status !== "DROPPED" || g.dropReason.length > 0, { message: "reasons.GOAL_DROP_REASON_REQUIRED", path: ["dropReason"] });

export const savePlanDraftInput = z.object({
  familyId: id,
  /** The version row the editor was opened on (null for a family with no plan version yet). */
  basedOnVersionId: z.preprocess((v) => (v === "" ? null : v), id.nullable()),
  /** Its optimistic-concurrency version (ignored when basedOnVersionId is null). */
  basedOnRowVersion: wholeNumber(0),
  parentsAccount: optionalText(4000),
  goals: z.array(goalInput).max(12),
});

export const agreePlanInput = z.object({
  familyId: id,
  planVersionId: id,
  rowVersion: version,
  agreedOn: calendarDate,
  agreedHow: z.enum(AGREEMENT_MODES),
});


/** Discarding the open draft: the version the caseworker saw, so a draft saved meanwhile is a conflict. */
export const discardPlanDraftInput = z.object({
  familyId: id,
  planVersionId: id,
  rowVersion: version,
});
