import { z } from "zod";
import { id, shortText, version } from "@/server/schemas";

/** The therapist's proposal: the plan version they read, optionally one of its goals (by lineage). */
export const proposePlanChangeInput = z.object({
  familyId: id,
  planVersionId: id,
  goalLineageId: z.preprocess((v) => (v === "" || v === undefined ? null : v), id.nullable()),
  body: shortText(4000),
});

/** Accepting or declining: the proposal as the caseworker saw it, so a decision made meanwhile is a conflict. */
export const acceptPlanProposalInput = z.object({
  familyId: id,
  proposalId: id,
  rowVersion: version,
});

export const declinePlanProposalInput = acceptPlanProposalInput.extend({
  reason: shortText(1000),
});
