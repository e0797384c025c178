import { z } from "zod";
import { PLACEMENT_END_REASONS } from "@/domain/people";
import { calendarDate, id, optionalText, shortText, version } from "@/server/schemas";
import { LEGAL_BASES, parentInput, SITE_KINDS } from "@/features/families/schemas";

export const addChildInput = z.object({ familyId: id, name: shortText(120), birthDate: calendarDate });

export const addParentInput = parentInput.extend({ familyId: id });

export const startPlacementInput = z.object({
  familyId: id,
  childId: id,
  siteId: id,
  type: z.enum(SITE_KINDS),
  legalBasis: z.enum(LEGAL_BASES),
  startDate: calendarDate,
});

/** The form carries the placement's version: a placement moved or ended meanwhile is a conflict. */
export const movePlacementInput = z.object({
  familyId: id,
  placementId: id,
  version,
  toSiteId: id,
  type: z.enum(SITE_KINDS),
  legalBasis: z.enum(LEGAL_BASES),
  moveDate: calendarDate,
});

export const endPlacementInput = z.object({
  familyId: id,
  placementId: id,
  version,
  endDate: calendarDate,
  endReason: z.enum(PLACEMENT_END_REASONS),
  endReasonText: optionalText(300),
});

/** A group of checkboxes arrives as one string, a list, or nothing. */
const idList = z.preprocess((v) => (typeof v === "string" ? (v === "" ? [] : [v]) : (v ?? [])), z.array(id).max(10));

export const changeStaffInput = z.object({
  familyId: id,
  /** staffToken() of the line-up the form was opened on. */
  staffToken: z.string().max(2000),
  caseworkerId: id,
  therapistIds: idList,
});
