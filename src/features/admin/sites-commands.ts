import "server-only";
import { checkSiteCvr } from "@/domain/sites";
import { defineCommand } from "@/server/command";
import { conflict, notFound, ruleViolation } from "@/server/errors";
import type { Tx } from "@/server/audit";
import { issueAccountToken } from "@/server/auth/account-tokens";
import { endAllSessions } from "./users-commands";
import { createSiteInput, createSiteUserInput, setSiteUserActiveInput, siteUserRefInput, updateSiteInput, type SiteFormInput } from "./sites-schemas";

// The placement-site register is shared by every municipality: any administrator may register a
// site, edit its entry and manage its users. Who is placed there is not part of it (need-to-know).

/** The entry's columns from the form: blanks stored as null. */
function siteData(input: SiteFormInput) {
  const orNull = (s: string) => (s === "" ? null : s);
  return {
    name: input.name, kind: input.kind, cvr: orNull(input.cvr), address: orNull(input.address),
    supervisingMunicipality: orNull(input.supervisingMunicipality), approvedPlaces: input.approvedPlaces,
    contactName: orNull(input.contactName), contactPhone: orNull(input.contactPhone), contactEmail: orNull(input.contactEmail),
    phone: orNull(input.phone), email: orNull(input.email),
  };
}

/** The CVR rule for the kind, and one register entry per CVR: a duplicate names the existing site. */
async function checkCvr(tx: Tx, input: SiteFormInput, selfId: string | null) {
  const refused = checkSiteCvr(input.kind, input.cvr === "" ? null : input.cvr);
  if (refused) throw ruleViolation(refused.reason, undefined, refused.field);
  if (input.cvr === "") return;
  const existing = await tx.placementSite.findFirst({ where: { cvr: input.cvr, ...(selfId ? { id: { not: selfId } } : {}) }, select: { id: true, name: true } });
  if (existing) throw ruleViolation("CVR_TAKEN", { siteId: existing.id, name: existing.name }, "cvr");
}

async function lockSite(tx: Tx, siteId: string) {
  const site = await tx.placementSite.findUnique({ where: { id: siteId }, select: { id: true, version: true, name: true } });
  if (!site) throw notFound();
  await tx.$queryRaw`SELECT 1 FROM "PlacementSite" WHERE "id" = ${site.id} FOR UPDATE`;
  return site;
}

export const createSite = defineCommand({
  name: "createSite",
  permission: "admin.sites",
  input: createSiteInput,
  async run({ actor, tx, audit }, input) {
    await checkCvr(tx, input, null);
    const site = await tx.placementSite.create({ data: { ...siteData(input), updatedById: actor.id }, select: { id: true } });
    await audit({ action: "CREATE", recordType: "PlacementSite", recordId: site.id, details: { kind: input.kind, cvr: input.cvr || null } });
    return { siteId: site.id };
  },
});

export const updateSite = defineCommand({
  name: "updateSite",
  permission: "admin.sites",
  input: updateSiteInput,
  async run({ actor, tx, audit }, input) {
    const site = await lockSite(tx, input.siteId);
    if (site.version !== input.version) throw conflict();
    await checkCvr(tx, input, site.id);
    const before = await tx.placementSite.findUniqueOrThrow({ where: { id: site.id } });
    const data = siteData(input);
    const changed = Object.keys(data).filter((k) => before[k as keyof typeof data] !== data[k as keyof typeof data]);
    const { count } = await tx.placementSite.updateMany({ where: { id: site.id, version: input.version }, data: { ...data, updatedById: actor.id, version: { increment: 1 } } });
    if (count !== 1) throw conflict();
    await audit({ action: "UPDATE", recordType: "PlacementSite", recordId: site.id, details: { changed } });
    return { siteId: site.id };
  },
});

/** A user of the site (role SITE, a staff membership), invited the way every user is. */
export const createSiteUser = defineCommand({
  name: "createSiteUser",
  permission: "admin.sites",
  input: createSiteUserInput,
  async run({ actor, tx, now, audit }, input) {
    const site = await lockSite(tx, input.siteId);
    const taken = await tx.user.count({ where: { email: input.email } });
    if (taken) throw ruleViolation("EMAIL_TAKEN", undefined, "email");
    const user = await tx.user.create({
      data: { name: input.name, email: input.email, role: "SITE", municipalityId: null, siteMemberships: { create: { siteId: site.id, role: "STAFF" } } },
      select: { id: true, email: true, name: true, locale: true },
    });
    const invitation = await issueAccountToken(tx, { userId: user.id, purpose: "INVITATION", createdById: actor.id, now });
    await audit({ action: "CREATE", recordType: "User", recordId: user.id, details: { role: "SITE", siteId: site.id } });
    await audit({ action: "CREATE", recordType: "Invitation", recordId: user.id, details: { expiresAt: invitation.expiresAt.toISOString() } });
    return { user, ...invitation };
  },
});

/** A site user, reached through the site the form is about; anyone else is NOT_FOUND. */
async function siteUser(tx: Tx, siteId: string, userId: string) {
  const user = await tx.user.findFirst({
    where: { id: userId, role: "SITE", municipalityId: null, siteMemberships: { some: { siteId } } },
    select: { id: true, email: true, name: true, locale: true, active: true, version: true, passwordHash: true },
  });
  if (!user) throw notFound();
  await tx.$queryRaw`SELECT 1 FROM "User" WHERE "id" = ${user.id} FOR UPDATE`;
  return user;
}

/** Deactivating ends every login of the site user at once, as for the municipality's own users. */
export const setSiteUserActive = defineCommand({
  name: "setSiteUserActive",
  permission: "admin.sites",
  input: setSiteUserActiveInput,
  async run({ tx, now, audit }, input) {
    const user = await siteUser(tx, input.siteId, input.userId);
    if (user.version !== input.version || user.active === input.active) throw conflict();
    const ended = input.active ? 0 : await endAllSessions(tx, user.id, now);
    await tx.user.update({ where: { id: user.id }, data: { active: input.active, version: { increment: 1 } } });
    await audit({ action: "UPDATE", recordType: "User", recordId: user.id, details: { active: input.active, sessionsEnded: ended, siteId: input.siteId } });
    return { userId: user.id, active: input.active, sessionsEnded: ended };
  },
});

/** A new link for a site user who has not chosen a password yet; the earlier link stops working. */
export const reinviteSiteUser = defineCommand({
  name: "reinviteSiteUser",
  permission: "admin.sites",
  input: siteUserRefInput,
  async run({ actor, tx, now, audit }, input) {
    const user = await siteUser(tx, input.siteId, input.userId);
    if (user.passwordHash) throw ruleViolation("ALREADY_HAS_PASSWORD", undefined, "userId");
    if (!user.active) throw ruleViolation("USER_INACTIVE", undefined, "userId");
    const invitation = await issueAccountToken(tx, { userId: user.id, purpose: "INVITATION", createdById: actor.id, now });
    await audit({ action: "CREATE", recordType: "Invitation", recordId: user.id, details: { expiresAt: invitation.expiresAt.toISOString(), renewed: true } });
    return { user: { id: user.id, email: user.email, name: user.name, locale: user.locale }, ...invitation };
  },
});
