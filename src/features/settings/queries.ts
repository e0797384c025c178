import "server-only";
import { fixedMethodRules, readMunicipalitySettings, SETTING_LIMITS } from "@/domain/method/settings-limits";
import { idleMinutesFrom } from "@/domain/sessions/validity";
import type { Actor } from "@/server/authz/actor";
import { writeAudit } from "@/server/audit";
import { getDb } from "@/server/db";

/** The settings page: the administrator's own municipality, its values, each one's default and limits, and the method's fixed rules. */
export async function loadSettingsPage(actor: Actor) {
  const db = await getDb();
  const municipality = actor.municipalityId
    ? await db.municipality.findUnique({ where: { id: actor.municipalityId }, select: { id: true, name: true, settings: true, version: true } })
    : null;
  if (!municipality) {
    await writeAudit(db, actor, { action: "ACCESS_DENIED", recordType: "MunicipalitySettings" });
    return null;
  }
  await writeAudit(db, actor, { action: "VIEW", recordType: "MunicipalitySettings", recordId: municipality.id });
  const settings = readMunicipalitySettings(municipality.settings);
  // The idle timeout's default is the deployment's (SESSION_IDLE_MINUTES), which a municipality may override.
  const idleDefault = idleMinutesFrom(process.env.SESSION_IDLE_MINUTES);
  return {
    municipality: { name: municipality.name, version: municipality.version },
    values: { ...settings, sessionIdleMinutes: settings.sessionIdleMinutes ?? idleDefault },
    limits: {
      overdueToleranceDays: { ...SETTING_LIMITS.overdueToleranceDays },
      startUpWarningWeeks: { ...SETTING_LIMITS.startUpWarningWeeks },
      maintenanceFollowUpIntervals: { options: [...SETTING_LIMITS.maintenanceFollowUpIntervals.options], default: [...SETTING_LIMITS.maintenanceFollowUpIntervals.default] },
      reminderEmails: { ...SETTING_LIMITS.reminderEmails },
      sessionIdleMinutes: { ...SETTING_LIMITS.sessionIdleMinutes, default: idleDefault },
    },
    fixed: fixedMethodRules(),
  };
}

export type SettingsPageData = NonNullable<Awaited<ReturnType<typeof loadSettingsPage>>>;
