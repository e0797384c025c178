import { z } from "zod";
import { CRITERION_RATINGS, SECTION_52_CRITERIA, WISH_ANSWERS } from "@/domain/matching";
import { calendarDate, id, optionalText, version } from "@/server/schemas";

const blankIsNull = <T extends z.ZodType>(schema: T) => z.preprocess((v) => (v === "" || v === undefined ? null : v), schema.nullable());
const criterion = z.object({ rating: blankIsNull(z.enum(CRITERION_RATINGS)), reason: optionalText(3000) });
const wish = z.object({ answer: blankIsNull(z.enum(WISH_ANSWERS)), reason: optionalText(3000) });

/** The § 52 decision: criteria keyed by criterion, wishes keyed by the wish's id (the form's field names). */
export const decideInput = z.object({
  caseId: id,
  version,
  candidateId: id,
  decidedOn: calendarDate,
  moveOn: calendarDate,
  criteria: z.object(Object.fromEntries(SECTION_52_CRITERIA.map((c) => [c, criterion.optional()])) as Record<(typeof SECTION_52_CRITERIA)[number], z.ZodOptional<typeof criterion>>).default({}),
  wishes: z.record(id, wish).default({}),
});

export const noticeInput = z.object({
  caseId: id,
  partyKind: z.enum(["CHILD", "PARENT"]),
  partyId: id,
  communicatedOn: calendarDate,
  how: optionalText(300),
});

export const recordMoveInput = z.object({ caseId: id, version, moveDate: calendarDate });
