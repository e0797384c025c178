import { z } from "zod";
import { SITE_KINDS } from "@/domain/sites";
import { calendarDate, checkbox, id, optionalText, shortText, version } from "@/server/schemas";

export const TARGET_GROUPS = ["MOST_VULNERABLE", "SEMI_VULNERABLE", "PSYCH_VULNERABLE_SINGLE", "RESOURCE_STRONG"] as const;
export { SITE_KINDS };
export const LEGAL_BASES = ["VOLUNTARY", "WITHOUT_CONSENT"] as const;

const targetGroup = z.preprocess((v) => (v === "" ? null : v), z.enum(TARGET_GROUPS).nullable());

export const parentInput = z.object({
  name: shortText(120),
  phone: optionalText(40),
  email: z.preprocess((v) => (v ?? ""), z.union([z.literal(""), z.string().trim().email().max(200)])),
  address: optionalText(300),
  hasCustody: checkbox,
  strengths: optionalText(4000),
  wishes: optionalText(4000),
});

export const placementInput = z.object({
  siteId: id,
  type: z.enum(SITE_KINDS),
  legalBasis: z.enum(LEGAL_BASES),
  startDate: calendarDate,
});

/** A child may be enrolled before anyone knows where it will live: no site chosen means no placement (yet). */
const noSiteYet = (v: unknown) => (v && typeof v === "object" && !(v as { siteId?: unknown }).siteId ? null : v);

export const childInput = z.object({
  name: shortText(120),
  birthDate: calendarDate,
  placement: z.preprocess(noSiteYet, placementInput.nullish()),
});

export const enrolFamilyInput = z.object({
  displayName: shortText(120),
  caseNumber: optionalText(40),
  targetGroup: targetGroup.optional(),
  enrolledOn: calendarDate,
  therapistId: z.preprocess((v) => (v === "" ? null : v), id.nullable()).optional(),
  parents: z.array(parentInput).min(1).max(2),
  children: z.array(childInput).min(1).max(8),
});

export const updateFamilyInput = z.object({
  familyId: id,
  version,
  displayName: shortText(120),
  caseNumber: optionalText(40),
  targetGroup: targetGroup.optional(),
});

export const updateParentInput = parentInput.extend({ familyId: id, parentId: id, version });

export const updateChildInput = z.object({ familyId: id, childId: id, version, name: shortText(120), birthDate: calendarDate });


export type EnrolFamilyInput = z.input<typeof enrolFamilyInput>;
