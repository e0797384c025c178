import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Role } from "@/generated/prisma/enums";
import { executeCommand } from "@/server/command";
import { getDb } from "@/server/db";
import { actorForToken, startSession } from "@/server/auth/user-sessions";
import { methodConfigFor } from "@/domain/method/settings-limits";
import { updateMunicipalitySettings } from "@/features/settings/commands";
import { loadSettingsPage } from "@/features/settings/queries";
import { countFamilies, listFamilies } from "@/features/families/queries";
import { loadFamilyPage } from "@/features/families/page-data";
import { sendReminderEmails } from "@/features/notifications/email";
import { actorFor, auditRows, joinSite, makeFamily, makeMunicipality, makeSite, makeUser, putInChange } from "../support/factories";
import { caseFingerprint } from "../support/fingerprint";
import { smtpInbox } from "../support/smtp-inbox";

const smtp = smtpInbox();
beforeAll(() => smtp.start());
afterAll(() => smtp.stop());

/** The form as the page sends it: text fields, ticked boxes. */
const form = (version: number, over: Record<string, unknown> = {}) => ({
  version: String(version), overdueToleranceDays: "3", startUpWarningWeeks: "6", maintenanceFollowUpIntervals: ["14", "28"],
  reminderEmails: "on", sessionIdleMinutes: "30", ...over,
});

async function municipalityRow(id: string) {
  return (await getDb()).municipality.findUniqueOrThrow({ where: { id }, select: { settings: true, version: true } });
}

async function setup() {
  const m = await makeMunicipality();
  const admin = await actorFor((await makeUser("ADMIN", m.id)).id);
  return { m, admin };
}

async function save(admin: Awaited<ReturnType<typeof setup>>["admin"], municipalityId: string, over: Record<string, unknown>) {
  const { version } = await municipalityRow(municipalityId);
  const result = await executeCommand(updateMunicipalitySettings, admin, form(version, over));
  if (!result.ok) throw new Error(`${result.code} ${JSON.stringify(result.fieldErrors)}`);
  return result;
}

describe("the administrator's settings page", () => {
  it("shows each setting with its default and limits, and the method's 8–16 weeks as fixed information", async () => {
    const { m, admin } = await setup();
    const page = await loadSettingsPage(admin);
    expect(page).toMatchObject({
      municipality: { name: m.name, version: 1 },
      values: { overdueToleranceDays: 3, startUpWarningWeeks: 6, maintenanceFollowUpIntervals: [14, 28], reminderEmails: true, sessionIdleMinutes: 30 },
      limits: { overdueToleranceDays: { min: 0, max: 7, default: 3 }, startUpWarningWeeks: { min: 2, max: 12, default: 6 }, sessionIdleMinutes: { min: 5, max: 120, default: 30 } },
      fixed: { changeWeeks: { min: 8, max: 16 }, maintenanceWeeks: { min: 8, max: 16 }, changeFollowUpIntervalDays: 14 },
    });
    expect((await auditRows({ actorId: admin.id, action: "VIEW" })).map((r) => r.recordType)).toContain("MunicipalitySettings");
  });

  it("saves new values in one step, bumps the version and audits the values before and after", async () => {
    const { m, admin } = await setup();
    const result = await save(admin, m.id, { overdueToleranceDays: "5", startUpWarningWeeks: "8", maintenanceFollowUpIntervals: "28", reminderEmails: undefined, sessionIdleMinutes: "15" });
    expect(result.data).toEqual({ version: 2, changed: ["overdueToleranceDays", "startUpWarningWeeks", "maintenanceFollowUpIntervals", "reminderEmails", "sessionIdleMinutes"] });
    expect((await loadSettingsPage(admin))?.values).toEqual({ overdueToleranceDays: 5, startUpWarningWeeks: 8, maintenanceFollowUpIntervals: [28], reminderEmails: false, sessionIdleMinutes: 15 });
    expect(methodConfigFor((await municipalityRow(m.id)).settings)).toMatchObject({ overdueToleranceDays: 5, startUpWarningWeeks: 8, maintenanceFollowUpIntervals: [28], changeMinWeeks: 8, changeMaxWeeks: 16 });
    const [row] = await auditRows({ actorId: admin.id, action: "UPDATE", recordId: m.id });
    expect(row).toMatchObject({ recordType: "MunicipalitySettings", outcome: "SUCCESS" });
    expect(row!.details).toMatchObject({
      before: { overdueToleranceDays: 3, startUpWarningWeeks: 6, maintenanceFollowUpIntervals: [14, 28], reminderEmails: true, sessionIdleMinutes: null },
      after: { overdueToleranceDays: 5, startUpWarningWeeks: 8, maintenanceFollowUpIntervals: [28], reminderEmails: false, sessionIdleMinutes: 15 },
    });
  });
});

describe("refusals", () => {
  it("refuses out-of-range values field by field, with the limits, and changes nothing", async () => {
    const { m, admin } = await setup();
    const before = JSON.stringify(await municipalityRow(m.id)) + (await caseFingerprint());
    const result = await executeCommand(updateMunicipalitySettings, admin, form(1, {
      overdueToleranceDays: "8", startUpWarningWeeks: "1", maintenanceFollowUpIntervals: [], sessionIdleMinutes: "121",
    }));
    expect(result).toMatchObject({ ok: false, code: "VALIDATION" });
    expect(!result.ok && result.fieldErrors).toEqual({
      overdueToleranceDays: [{ key: "reasons.SETTING_OUT_OF_RANGE", params: { min: 0, max: 7 } }],
      startUpWarningWeeks: [{ key: "reasons.SETTING_OUT_OF_RANGE", params: { min: 2, max: 12 } }],
      maintenanceFollowUpIntervals: [{ key: "reasons.SETTING_INTERVALS_NONE" }],
      sessionIdleMinutes: [{ key: "reasons.SETTING_OUT_OF_RANGE", params: { min: 5, max: 120 } }],
    });
    // One bad field among good ones: only that one is named.
    for (const [field, value, key] of [
      ["overdueToleranceDays", "-1", "reasons.SETTING_OUT_OF_RANGE"], ["startUpWarningWeeks", "13", "reasons.SETTING_OUT_OF_RANGE"],
      ["sessionIdleMinutes", "4", "reasons.SETTING_OUT_OF_RANGE"], ["maintenanceFollowUpIntervals", ["21"], "reasons.SETTING_INTERVAL_NOT_OFFERED"],
      ["overdueToleranceDays", "tre", "validation.invalidType"], ["sessionIdleMinutes", "", "validation.required"],
    ] as const) {
      const one = await executeCommand(updateMunicipalitySettings, admin, form(1, { [field]: value }));
      expect(one.ok).toBe(false);
      expect(Object.keys((!one.ok && one.fieldErrors) || {})).toEqual([field]);
      expect(!one.ok && one.fieldErrors?.[field]?.[0]?.key).toBe(key);
    }
    expect(JSON.stringify(await municipalityRow(m.id)) + (await caseFingerprint())).toBe(before);
    expect(await auditRows({ actorId: admin.id, action: "UPDATE" })).toEqual([]);
  });

  it("answers a form opened on an older version with a conflict, changing nothing", async () => {
    const { m, admin } = await setup();
    await save(admin, m.id, { overdueToleranceDays: "2" });
    const before = await municipalityRow(m.id);
    expect(await executeCommand(updateMunicipalitySettings, admin, form(1, { overdueToleranceDays: "6" }))).toMatchObject({ ok: false, code: "CONFLICT" });
    expect(await municipalityRow(m.id)).toEqual(before);
  });

  it.each(["CASEWORKER", "THERAPIST", "CONSULTANT", "COORDINATOR"] as Role[])("refuses a %s: not found, audited as denied, nothing changed", async (role) => {
    const { m } = await setup();
    const other = await actorFor((await makeUser(role, m.id)).id);
    const before = await municipalityRow(m.id);
    expect(await executeCommand(updateMunicipalitySettings, other, form(1, { overdueToleranceDays: "0" }))).toMatchObject({ ok: false, code: "NOT_FOUND" });
    expect(await municipalityRow(m.id)).toEqual(before);
    expect(await auditRows({ actorId: other.id, action: "ACCESS_DENIED" })).toHaveLength(1);
  });

  it("refuses a placement-site user, who belongs to no municipality", async () => {
    const site = await makeUser("SITE", null);
    await joinSite(site.id, (await makeSite()).id, "STAFF");
    expect(await executeCommand(updateMunicipalitySettings, await actorFor(site.id), form(1))).toMatchObject({ ok: false, code: "NOT_FOUND" });
  });

  it("lets the administrator of A change only A, whatever municipality a crafted request names", async () => {
    const a = await setup();
    const b = await setup();
    const bBefore = await municipalityRow(b.m.id);
    const result = await executeCommand(updateMunicipalitySettings, a.admin, { ...form(1, { overdueToleranceDays: "7" }), municipalityId: b.m.id, id: b.m.id });
    expect(result.ok).toBe(true);
    expect(await municipalityRow(b.m.id)).toEqual(bBefore);
    expect(methodConfigFor((await municipalityRow(a.m.id)).settings).overdueToleranceDays).toBe(7);
    expect((await loadSettingsPage(b.admin))?.values.overdueToleranceDays).toBe(3);
  });
});

describe("the settings take effect at once", () => {
  it("a tolerance change moves a family in and out of the overdue filter and count", async () => {
    const { m, admin } = await setup();
    const cw = await actorFor((await makeUser("CASEWORKER", m.id)).id);
    const family = await makeFamily(m.id, { caseworkerId: cw.id });
    await putInChange(family.id, { startDate: "2026-10-27" }); // due 10 November, nothing held
    const today = "2026-11-12";
    const overdue = async () => ({
      listed: (await listFamilies(cw, { due: "overdue", today })).rows.map((r) => r.id),
      count: await countFamilies(cw, { due: "overdue", today }),
    });
    // Tolerance 3: the window runs to 13 November, the follow-up is still due, not overdue.
    expect(await overdue()).toEqual({ listed: [], count: 0 });
    await save(admin, m.id, { overdueToleranceDays: "1" }); // window closed 11 November
    expect(await overdue()).toEqual({ listed: [family.id], count: 1 });
    await save(admin, m.id, { overdueToleranceDays: "7" });
    expect(await overdue()).toEqual({ listed: [], count: 0 });
  });

  it("the start-up warning and the maintenance intervals reach the lists, the family page and the phase start form", async () => {
    const { m, admin } = await setup();
    const cw = await actorFor((await makeUser("CASEWORKER", m.id)).id);
    const family = await makeFamily(m.id, { caseworkerId: cw.id }); // start-up since 5 January
    const today = "2026-02-10"; // 5 weeks and 1 day
    const warned = async () => (await listFamilies(cw, { attention: "startUp", today })).rows.map((r) => r.id);
    expect(await warned()).toEqual([]);
    await save(admin, m.id, { startUpWarningWeeks: "4", maintenanceFollowUpIntervals: "28" });
    expect(await warned()).toEqual([family.id]);
    const page = await loadFamilyPage(cw, family.id, new Date("2026-02-10T10:00:00Z"));
    expect(page?.startUpWarning).toBe(true);
    expect(page?.config).toMatchObject({ startUpWarningWeeks: 4, maintenanceFollowUpIntervals: [28] });
  });

  it("reminder e-mails off: the municipality's users get no digest; back on, they do", async () => {
    const off = await setup();
    const on = await setup();
    const cwOff = await makeUser("CASEWORKER", off.m.id);
    const cwOn = await makeUser("CASEWORKER", on.m.id);
    for (const [m, cw] of [[off.m, cwOff], [on.m, cwOn]] as const) {
      const family = await makeFamily(m.id, { caseworkerId: cw.id });
      await putInChange(family.id, { startDate: "2026-10-27" }); // due 10 November, missed by the 23rd
    }
    await save(off.admin, off.m.id, { reminderEmails: undefined });
    smtp.on();
    try {
      const now = new Date("2026-11-23T10:00:00Z");
      await sendReminderEmails(now);
      const to = (email: string) => smtp.inbox.filter((mail) => mail.to.includes(email));
      expect(to(cwOn.email)).toHaveLength(1);
      expect(to(cwOff.email)).toEqual([]);
      expect(await (await getDb()).notificationEmail.count({ where: { userId: cwOff.id } })).toBe(0);

      await save(off.admin, off.m.id, { reminderEmails: "on" });
      await sendReminderEmails(now);
      expect(to(cwOff.email)).toHaveLength(1);
    } finally {
      smtp.off();
    }
  });

  it("the idle timeout ends the municipality's sessions after its own idle time, and only theirs", async () => {
    const short = await setup();
    const usual = await setup();
    await save(short.admin, short.m.id, { sessionIdleMinutes: "10" });
    const db = await getDb();
    const t0 = new Date("2026-11-28T08:00:00Z");
    const at = (minutes: number) => new Date(t0.getTime() + minutes * 60_000);
    const login = async (userId: string) => ({ uid: userId, sid: await startSession(db, userId, { ip: null, userAgent: null }, t0) });
    const a = await login((await makeUser("CASEWORKER", short.m.id)).id);
    const b = await login((await makeUser("CASEWORKER", usual.m.id)).id);
    const siteUser = await makeUser("SITE", null);
    const s = await login(siteUser.id);

    // 10 minutes without a request is still in (and counts as activity); 11 is out, and the session is ended.
    expect(await actorForToken(a, at(10))).not.toBeNull();
    expect(await actorForToken(a, at(21))).toBeNull();
    expect((await db.userSession.findUniqueOrThrow({ where: { id: a.sid } })).revokedReason).toBe("IDLE");
    expect(await actorForToken(a, at(22))).toBeNull();
    // Another municipality keeps the deployment's 30 minutes, and so do placement-site users.
    expect(await actorForToken(b, at(25))).not.toBeNull();
    expect(await actorForToken(s, at(25))).not.toBeNull();
  });
});
