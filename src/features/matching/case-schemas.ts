import { z } from "zod";
import { MATCHING_STAGES, URGENCIES } from "@/domain/matching";
import { checkbox, id, optionalDate, optionalText, shortText, version } from "@/server/schemas";

export const openMatchingCaseInput = z.object({
  childId: id,
  urgency: z.enum(URGENCIES),
  legalBasis: z.enum(["VOLUNTARY", "WITHOUT_CONSENT"]),
  deadline: optionalDate,
  consultantId: z.preprocess((v) => (v === "" ? null : v), id.nullable()),
});

const text = optionalText(4000);

/** The child's profile; `version` is the number of the profile version the form was opened on (0: none yet). */
export const saveProfileInput = z.object({
  caseId: id,
  basedOn: z.preprocess((v) => (typeof v === "string" && /^\d{1,6}$/.test(v) ? Number(v) : v), z.number().int().min(0)),
  needs: text, resources: text, school: text, inSchool: checkbox, siblings: text, hasSiblings: checkbox,
  placeSiblingsTogether: z.preprocess((v) => (v === "yes" ? true : v === "no" ? false : null), z.boolean().nullable()),
  health: text, languageCulture: text, interests: text, network: text, distanceToParents: text,
});

/** A person's wishes: "CHILD" or a parent's id; a wish already on record is edited at its version. */
export const saveWishInput = z.object({
  caseId: id,
  person: id,
  version: z.preprocess((v) => (v === "" || v === undefined ? null : v), version.nullable()),
  words: text,
  fears: text,
  heardOn: optionalDate,
  heardHow: optionalText(300),
  /** Who heard the person; blank means the user saving it. */
  heardById: z.preprocess((v) => (v === "" || v === undefined ? null : v), id.nullable()),
  notHeard: checkbox,
  notHeardReason: optionalText(1000),
});

export const advanceStageInput = z.object({ caseId: id, version, to: z.enum(MATCHING_STAGES) });
export const stageReasonInput = z.object({ caseId: id, version, reason: shortText(2000) });
