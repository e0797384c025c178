import "server-only";
import { z } from "zod";
import { defineCommand } from "@/server/command";
import { conflict, notFound } from "@/server/errors";
import { getDb } from "@/server/db";
import type { Actor } from "@/server/authz/actor";
import { roleMay } from "@/server/authz/policy";
import { id, optionalText } from "@/server/schemas";
import { vacanciesOf } from "./vacancies";

// What the consultant knows of a site for matching. Kept for the sites they consult for; read when a
// site is proposed. Vacancies are counted, never typed: approved places minus the children placed there.

const text = optionalText(2000);
export const SITE_PROFILE_FIELDS = ["targetGroups", "competences", "household", "pets", "parentCollaboration", "location"] as const;

const saveInput = z.object({
  siteId: id,
  version: z.preprocess((v) => (v === "" || v === undefined ? null : Number(v)), z.number().int().min(1).nullable()),
  targetGroups: text, competences: text, household: text, pets: text, parentCollaboration: text, location: text,
});

export const saveSiteMatchProfile = defineCommand({
  name: "saveSiteMatchProfile",
  permission: "siteProfile.write",
  input: saveInput,
  async run({ actor, tx, audit }, input) {
    if (!actor.consultantSiteIds.includes(input.siteId)) throw notFound();
    const { siteId, version, ...fields } = input;
    const existing = await tx.siteMatchProfile.findUnique({ where: { siteId }, select: { id: true, version: true } });
    if (existing) {
      if (version !== existing.version) throw conflict();
      const { count } = await tx.siteMatchProfile.updateMany({ where: { id: existing.id, version }, data: { ...fields, updatedById: actor.id, version: { increment: 1 } } });
      if (count !== 1) throw conflict();
    } else {
      if (version !== null) throw conflict();
      await tx.siteMatchProfile.create({ data: { siteId, ...fields, updatedById: actor.id } });
    }
    await audit({ action: existing ? "UPDATE" : "CREATE", recordType: "SiteMatchProfile", recordId: siteId });
    return { siteId };
  },
});

/** The profile of a site the consultant consults for, with its approved and free places; null otherwise. */
export async function loadSiteMatchProfile(actor: Actor, siteId: string) {
  if (!roleMay(actor.role, "siteProfile.write") || !actor.consultantSiteIds.includes(siteId)) return null;
  const db = await getDb();
  const site = await db.placementSite.findUnique({ where: { id: siteId }, select: { id: true, approvedPlaces: true, matchProfile: true } });
  if (!site) return null;
  const free = (await vacanciesOf(db, [site.id])).get(site.id) ?? 0;
  return { siteId: site.id, approvedPlaces: site.approvedPlaces, free, profile: site.matchProfile };
}
