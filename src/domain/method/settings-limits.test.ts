import { describe, expect, it } from "vitest";
import { DEFAULT_METHOD_CONFIG } from "./config";
import { SESSION_MAX_AGE_MS } from "../sessions/validity";
import { checkMunicipalitySettings, idleMinutesFor, methodConfigFor, readMunicipalitySettings, SETTING_LIMITS, writeMunicipalitySettings } from "./settings-limits";

const valid = { overdueToleranceDays: 3, startUpWarningWeeks: 6, maintenanceFollowUpIntervals: [14, 28], reminderEmails: true, sessionIdleMinutes: 30 };

describe("checkMunicipalitySettings", () => {
  it("accepts the defaults and every boundary", () => {
    expect(checkMunicipalitySettings(valid)).toEqual([]);
    for (const field of ["overdueToleranceDays", "startUpWarningWeeks", "sessionIdleMinutes"] as const) {
      expect(checkMunicipalitySettings({ ...valid, [field]: SETTING_LIMITS[field].min })).toEqual([]);
      expect(checkMunicipalitySettings({ ...valid, [field]: SETTING_LIMITS[field].max })).toEqual([]);
    }
    expect(checkMunicipalitySettings({ ...valid, maintenanceFollowUpIntervals: [28] })).toEqual([]);
    expect(checkMunicipalitySettings({ ...valid, maintenanceFollowUpIntervals: [14] })).toEqual([]);
  });

  it.each([
    ["overdueToleranceDays", -1, 0, 7], ["overdueToleranceDays", 8, 0, 7],
    ["startUpWarningWeeks", 1, 2, 12], ["startUpWarningWeeks", 13, 2, 12],
    ["sessionIdleMinutes", 4, 5, 120], ["sessionIdleMinutes", 121, 5, 120],
  ] as const)("refuses %s = %s just outside %s–%s, naming the field and the limits", (field, value, min, max) => {
    expect(checkMunicipalitySettings({ ...valid, [field]: value })).toEqual([{ field, reason: "SETTING_OUT_OF_RANGE", params: { min, max } }]);
  });

  it("refuses fractions and non-numbers, no interval, an interval not offered, and a repeated one", () => {
    expect(checkMunicipalitySettings({ ...valid, overdueToleranceDays: 2.5 })).toEqual([{ field: "overdueToleranceDays", reason: "SETTING_NOT_WHOLE_NUMBER" }]);
    expect(checkMunicipalitySettings({ ...valid, sessionIdleMinutes: "30" })).toEqual([{ field: "sessionIdleMinutes", reason: "SETTING_NOT_WHOLE_NUMBER" }]);
    expect(checkMunicipalitySettings({ ...valid, maintenanceFollowUpIntervals: [] })).toEqual([{ field: "maintenanceFollowUpIntervals", reason: "SETTING_INTERVALS_NONE" }]);
    expect(checkMunicipalitySettings({ ...valid, maintenanceFollowUpIntervals: [21] })[0]).toMatchObject({ reason: "SETTING_INTERVAL_NOT_OFFERED", params: { options: "14, 28" } });
    expect(checkMunicipalitySettings({ ...valid, maintenanceFollowUpIntervals: [14, 14] })[0]).toMatchObject({ reason: "SETTING_INTERVAL_NOT_OFFERED" });
  });

  it("reports every bad field at once, one problem each", () => {
    const problems = checkMunicipalitySettings({ ...valid, overdueToleranceDays: 99, startUpWarningWeeks: 0, maintenanceFollowUpIntervals: [], sessionIdleMinutes: 1 });
    expect(problems.map((p) => p.field).sort()).toEqual(["maintenanceFollowUpIntervals", "overdueToleranceDays", "sessionIdleMinutes", "startUpWarningWeeks"]);
  });

  it("keeps the idle limit inside the working-day session cap", () => {
    expect(SETTING_LIMITS.sessionIdleMinutes.max * 60_000).toBeLessThan(SESSION_MAX_AGE_MS);
  });
});

describe("readMunicipalitySettings and methodConfigFor", () => {
  it("gives the defaults for nothing stored or garbage", () => {
    for (const stored of [{}, null, undefined, "x", [], { method: "x" }]) {
      expect(readMunicipalitySettings(stored)).toEqual({ overdueToleranceDays: 3, startUpWarningWeeks: 6, maintenanceFollowUpIntervals: [14, 28], reminderEmails: true, sessionIdleMinutes: null });
      expect(methodConfigFor(stored)).toEqual(DEFAULT_METHOD_CONFIG);
    }
  });

  it("takes stored values within their limits and ignores those outside (a hand-edited row cannot bend the rules)", () => {
    const stored = { method: { overdueToleranceDays: 0, startUpWarningWeeks: 40, maintenanceFollowUpIntervals: [28] }, reminderEmails: false, sessionIdleMinutes: 1 };
    expect(readMunicipalitySettings(stored)).toEqual({ overdueToleranceDays: 0, startUpWarningWeeks: 6, maintenanceFollowUpIntervals: [28], reminderEmails: false, sessionIdleMinutes: null });
    expect(idleMinutesFor(stored, 45)).toBe(45);
    expect(idleMinutesFor({ sessionIdleMinutes: 10 }, 45)).toBe(10);
  });

  it("never takes the method's own numbers from the settings", () => {
    const config = methodConfigFor({ method: { changeMinWeeks: 2, changeMaxWeeks: 52, changeFollowUpIntervalDays: 60, maxActiveGoals: 20, overdueToleranceDays: 5 } });
    expect(config).toEqual({ ...DEFAULT_METHOD_CONFIG, overdueToleranceDays: 5 });
  });

  it("writes what it reads back, keeping other stored keys", () => {
    const next = { overdueToleranceDays: 1, startUpWarningWeeks: 8, maintenanceFollowUpIntervals: [28, 14], reminderEmails: false, sessionIdleMinutes: 15 };
    const written = writeMunicipalitySettings({ other: "kept", method: { note: 1 } }, next);
    expect(written).toMatchObject({ other: "kept", method: { note: 1 } });
    expect(readMunicipalitySettings(written)).toEqual({ ...next, maintenanceFollowUpIntervals: [14, 28] });
  });
});
