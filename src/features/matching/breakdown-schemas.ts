import { z } from "zod";
import { BREAKDOWN_CAUSES, BREAKDOWN_ENDED_BY, URGENCIES } from "@/domain/matching";
import { id, optionalDate, optionalText, version } from "@/server/schemas";

/**
 * The causes arrive as one checkbox per code (`causes.SCHOOL=on`), so a form without script and a
 * hand-written request give the same list; an unknown code is a validation error, not a silent drop.
 */
const causes = z
  .preprocess((v) => (v === undefined || v === "" ? {} : v), z.partialRecord(z.enum(BREAKDOWN_CAUSES), z.literal("on")))
  .transform((picked) => BREAKDOWN_CAUSES.filter((c) => picked[c] === "on"));

export const recordBreakdownInput = z.object({
  placementId: id,
  version,
  /** Only for a placement still open: an ended one broke down on the day it ended. */
  endDate: optionalDate,
  endedBy: z.enum(BREAKDOWN_ENDED_BY),
  causes,
  causeText: optionalText(2000),
  warningSigns: optionalText(4000),
  learned: optionalText(4000),
  /** How fast the child's new matching case must move; a breakdown is usually acute. */
  urgency: z.enum(URGENCIES).default("ACUTE"),
});
