import "server-only";
import { readMunicipalitySettings, writeMunicipalitySettings, type MunicipalitySettings } from "@/domain/method/settings-limits";
import { defineCommand } from "@/server/command";
import { conflict, notFound } from "@/server/errors";
import { rewriteMunicipalityDueDates } from "@/features/phases/state";
import { municipalitySettingsInput } from "./schemas";

/**
 * The administrator changes their own municipality's settings: never another's (the municipality
 * is the actor's, no id is taken from the form). One transaction: the settings, the version, the
 * stored due-date windows when the tolerance moved (so lists, counts and reminders agree at once),
 * and an audit row with the values before and after.
 */
export const updateMunicipalitySettings = defineCommand({
  name: "updateMunicipalitySettings",
  permission: "admin.settings",
  input: municipalitySettingsInput,
  async run({ actor, tx, audit }, input) {
    const municipalityId = actor.municipalityId;
    if (!municipalityId) throw notFound();
    await tx.$queryRaw`SELECT 1 FROM "Municipality" WHERE "id" = ${municipalityId} FOR UPDATE`;
    const municipality = await tx.municipality.findUnique({ where: { id: municipalityId }, select: { settings: true, version: true } });
    if (!municipality) throw notFound();
    if (municipality.version !== input.version) throw conflict();

    const before = readMunicipalitySettings(municipality.settings);
    const after: MunicipalitySettings = {
      overdueToleranceDays: input.overdueToleranceDays,
      startUpWarningWeeks: input.startUpWarningWeeks,
      maintenanceFollowUpIntervals: [...input.maintenanceFollowUpIntervals].sort((a, b) => a - b),
      reminderEmails: input.reminderEmails,
      sessionIdleMinutes: input.sessionIdleMinutes,
    };
    const { count } = await tx.municipality.updateMany({
      where: { id: municipalityId, version: input.version },
      data: { settings: writeMunicipalitySettings(municipality.settings, after) as object, version: { increment: 1 } },
    });
    if (count === 0) throw conflict();
    if (before.overdueToleranceDays !== after.overdueToleranceDays) await rewriteMunicipalityDueDates(tx, municipalityId);

    const changed = (Object.keys(after) as (keyof MunicipalitySettings)[]).filter((k) => JSON.stringify(before[k]) !== JSON.stringify(after[k]));
    await audit({
      action: "UPDATE", recordType: "MunicipalitySettings", recordId: municipalityId,
      details: { changed, before: { ...before }, after: { ...after } },
    });
    return { version: input.version + 1, changed };
  },
});
