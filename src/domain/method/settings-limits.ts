import { DEFAULT_IDLE_MINUTES } from "../sessions/validity";
import { DEFAULT_METHOD_CONFIG, type MethodConfig } from "./config";

/**
 * What a municipality's administrator may tune (Municipality.settings), each with its default and
 * its limits, and the one reader of the stored settings. The method's own numbers (8–16 weeks per
 * phase, a follow-up every 14 days in a change phase, 1–5 active goals) are not settings: the
 * reader never takes them from the database, so no stored value can bend them.
 *
 * Stored as { method: { overdueToleranceDays, startUpWarningWeeks, maintenanceFollowUpIntervals },
 * reminderEmails, sessionIdleMinutes }. A value missing or outside its limits means the default.
 */
export const SETTING_LIMITS = {
  /** A follow-up held this many days either side of a due date counts for it (the spec's product rule; default 3). */
  overdueToleranceDays: { min: 0, max: 7, default: DEFAULT_METHOD_CONFIG.overdueToleranceDays, unit: "days" },
  /** Start-up has no length in the method; past this many weeks the family page and lists warn. */
  startUpWarningWeeks: { min: 2, max: 12, default: DEFAULT_METHOD_CONFIG.startUpWarningWeeks, unit: "weeks" },
  /** The intervals a caseworker may choose when a maintenance phase starts: a non-empty subset of these. */
  maintenanceFollowUpIntervals: { options: [14, 28] as readonly number[], default: DEFAULT_METHOD_CONFIG.maintenanceFollowUpIntervals },
  reminderEmails: { default: true },
  /** Minutes without a request before a login ends; never beyond the 8-hour working-day cap. */
  sessionIdleMinutes: { min: 5, max: 120, default: DEFAULT_IDLE_MINUTES, unit: "minutes" },
} as const;

export const SETTING_FIELDS = ["overdueToleranceDays", "startUpWarningWeeks", "maintenanceFollowUpIntervals", "reminderEmails", "sessionIdleMinutes"] as const;
export type SettingField = (typeof SETTING_FIELDS)[number];

export interface MunicipalitySettings {
  overdueToleranceDays: number;
  startUpWarningWeeks: number;
  maintenanceFollowUpIntervals: number[];
  reminderEmails: boolean;
  /** Null: none set, the deployment's default (SESSION_IDLE_MINUTES) applies. */
  sessionIdleMinutes: number | null;
}

/** The method's fixed numbers, shown beside the settings as information. */
export function fixedMethodRules(config: MethodConfig = DEFAULT_METHOD_CONFIG) {
  return {
    changeWeeks: { min: config.changeMinWeeks, max: config.changeMaxWeeks },
    maintenanceWeeks: { min: config.maintenanceMinWeeks, max: config.maintenanceMaxWeeks },
    changeFollowUpIntervalDays: config.changeFollowUpIntervalDays,
    activeGoals: { min: config.minActiveGoals, max: config.maxActiveGoals },
  };
}

export type SettingProblem =
  | { field: SettingField; reason: "SETTING_OUT_OF_RANGE"; params: { min: number; max: number } }
  | { field: SettingField; reason: "SETTING_NOT_WHOLE_NUMBER" }
  | { field: SettingField; reason: "SETTING_INTERVALS_NONE" }
  | { field: SettingField; reason: "SETTING_INTERVAL_NOT_OFFERED"; params: { options: string } };

type RangeField = "overdueToleranceDays" | "startUpWarningWeeks" | "sessionIdleMinutes";

function rangeProblem(field: RangeField, value: unknown): SettingProblem | null {
  const { min, max } = SETTING_LIMITS[field];
  if (typeof value !== "number" || !Number.isInteger(value)) return { field, reason: "SETTING_NOT_WHOLE_NUMBER" };
  return value < min || value > max ? { field, reason: "SETTING_OUT_OF_RANGE", params: { min, max } } : null;
}

function intervalsProblem(value: unknown): SettingProblem | null {
  const field = "maintenanceFollowUpIntervals";
  if (!Array.isArray(value) || value.length === 0) return { field, reason: "SETTING_INTERVALS_NONE" };
  const { options } = SETTING_LIMITS.maintenanceFollowUpIntervals;
  if (value.some((v) => !options.includes(v as number)) || new Set(value).size !== value.length) {
    return { field, reason: "SETTING_INTERVAL_NOT_OFFERED", params: { options: options.join(", ") } };
  }
  return null;
}

/** One setting against its limits (reminder e-mails are on or off, nothing to check). */
export function checkSetting(field: SettingField, value: unknown): SettingProblem | null {
  if (field === "maintenanceFollowUpIntervals") return intervalsProblem(value);
  if (field === "reminderEmails") return null;
  return rangeProblem(field, value);
}

/** Every field that breaks its limits, one problem per field; empty when the settings may be saved. */
export function checkMunicipalitySettings(values: Partial<Record<SettingField, unknown>>): SettingProblem[] {
  return SETTING_FIELDS.map((field) => checkSetting(field, values[field])).filter((p): p is SettingProblem => p !== null);
}

/** The one reader of Municipality.settings: each known setting within its limits, else its default. */
export function readMunicipalitySettings(stored: unknown): MunicipalitySettings {
  const root = stored && typeof stored === "object" && !Array.isArray(stored) ? (stored as Record<string, unknown>) : {};
  const method = root.method && typeof root.method === "object" ? (root.method as Record<string, unknown>) : {};
  const inRange = (field: RangeField, value: unknown) => (rangeProblem(field, value) ? null : (value as number));
  const intervals = intervalsProblem(method.maintenanceFollowUpIntervals) ? null : [...(method.maintenanceFollowUpIntervals as number[])].sort((a, b) => a - b);
  return {
    overdueToleranceDays: inRange("overdueToleranceDays", method.overdueToleranceDays) ?? SETTING_LIMITS.overdueToleranceDays.default,
    startUpWarningWeeks: inRange("startUpWarningWeeks", method.startUpWarningWeeks) ?? SETTING_LIMITS.startUpWarningWeeks.default,
    maintenanceFollowUpIntervals: intervals ?? [...SETTING_LIMITS.maintenanceFollowUpIntervals.default],
    reminderEmails: typeof root.reminderEmails === "boolean" ? root.reminderEmails : SETTING_LIMITS.reminderEmails.default,
    sessionIdleMinutes: inRange("sessionIdleMinutes", root.sessionIdleMinutes),
  };
}

/** The stored form of settings that passed checkMunicipalitySettings, keeping any other keys already stored. */
export function writeMunicipalitySettings(stored: unknown, next: MunicipalitySettings): Record<string, unknown> {
  const root = stored && typeof stored === "object" && !Array.isArray(stored) ? (stored as Record<string, unknown>) : {};
  const method = root.method && typeof root.method === "object" ? (root.method as Record<string, unknown>) : {};
  return {
    ...root,
    method: {
      ...method,
      overdueToleranceDays: next.overdueToleranceDays,
      startUpWarningWeeks: next.startUpWarningWeeks,
      maintenanceFollowUpIntervals: [...next.maintenanceFollowUpIntervals].sort((a, b) => a - b),
    },
    reminderEmails: next.reminderEmails,
    sessionIdleMinutes: next.sessionIdleMinutes,
  };
}

/** The method's numbers with the municipality's settings applied: only the tunable ones, only within their limits. */
export function methodConfigFor(stored: unknown): MethodConfig {
  const s = readMunicipalitySettings(stored);
  return {
    ...DEFAULT_METHOD_CONFIG,
    overdueToleranceDays: s.overdueToleranceDays,
    startUpWarningWeeks: s.startUpWarningWeeks,
    maintenanceFollowUpIntervals: s.maintenanceFollowUpIntervals,
  };
}

/** The idle timeout of a municipality's users: its own setting, else the deployment's default. */
export function idleMinutesFor(stored: unknown, deploymentDefault: number): number {
  return readMunicipalitySettings(stored).sessionIdleMinutes ?? deploymentDefault;
}
