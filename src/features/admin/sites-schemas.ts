import { z } from "zod";
import { normaliseCvr, SITE_KINDS } from "@/domain/sites";
import { checkbox, id, optionalText, shortText, version, wholeNumber } from "@/server/schemas";

const email = z.preprocess((v) => (typeof v === "string" ? v.trim().toLowerCase() : v), z.string().min(1).max(254).pipe(z.email()));
const optionalEmail = z.preprocess((v) => (typeof v === "string" ? v.trim().toLowerCase() : (v ?? "")), z.union([z.literal(""), z.string().max(254).pipe(z.email())]));
/** The CVR as typed, without spaces or "DK"; its check (per kind) is the domain's, in the command. */
const cvr = z.preprocess((v) => (typeof v === "string" ? normaliseCvr(v) : (v ?? "")), z.string().max(20));

/** The register entry's fields, the same in the new-site and the edit form. */
const siteFields = {
  name: shortText(160),
  kind: z.enum(SITE_KINDS),
  cvr,
  address: optionalText(300),
  supervisingMunicipality: optionalText(120),
  approvedPlaces: wholeNumber(1, 1000),
  contactName: optionalText(120),
  contactPhone: optionalText(40),
  contactEmail: optionalEmail,
  phone: optionalText(40),
  email: optionalEmail,
};

export const createSiteInput = z.object(siteFields);
export const updateSiteInput = z.object({ siteId: id, version, ...siteFields });

export const createSiteUserInput = z.object({
  siteId: id,
  name: shortText(120),
  email,
});

export const setSiteUserActiveInput = z.object({
  siteId: id,
  userId: id,
  version,
  active: checkbox,
});

export const siteUserRefInput = z.object({ siteId: id, userId: id });

export type SiteFormInput = z.output<typeof createSiteInput>;
