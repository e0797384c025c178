import "server-only";
import { z } from "zod";

export interface MailConfig {
  host: string;
  port: number;
  /** true: implicit TLS from the first byte (usually port 465); false: plain, upgraded with STARTTLS when offered. */
  secure: boolean;
  auth: { user: string; pass: string } | null;
  from: string;
  /** The app's public address for links in e-mails, without a trailing slash. */
  baseUrl: string;
  /** Minutes between the server process's reminder runs; 0 turns the in-process schedule off (use cron). */
  intervalMinutes: number;
}

type Env = Record<string, string | undefined>;

// Empty strings count as unset, as they do in .env.example.
const blankIsUnset = <T extends z.ZodType>(inner: T) => z.preprocess((v) => (typeof v === "string" && v.trim() === "" ? undefined : v), inner);
const text = z.string().trim().optional();
const httpUrl = z.url({ protocol: /^https?$/ }).optional();

const schema = z
  .object({
    SMTP_HOST: z.string().trim().min(1),
    SMTP_PORT: blankIsUnset(z.coerce.number().int().min(1).max(65535).default(587)),
    SMTP_SECURE: blankIsUnset(z.enum(["true", "false"]).default("false")),
    SMTP_USER: blankIsUnset(text),
    SMTP_PASSWORD: blankIsUnset(text),
    SMTP_FROM: blankIsUnset(z.string({ error: "required when SMTP_HOST is set" }).trim().min(3)),
    APP_BASE_URL: blankIsUnset(httpUrl),
    NEXTAUTH_URL: blankIsUnset(httpUrl),
    PORT: blankIsUnset(text),
    REMINDER_INTERVAL_MINUTES: blankIsUnset(z.coerce.number().min(0).max(24 * 60).default(15)),
  })
  .refine((e) => !e.SMTP_USER === !e.SMTP_PASSWORD, { message: "SMTP_USER and SMTP_PASSWORD go together", path: ["SMTP_PASSWORD"] });

/**
 * The SMTP settings, or null when SMTP_HOST is not set: then e-mail is off and nothing is sent.
 * A half-done configuration throws with a message naming the variable, so a typo fails at start
 * instead of silently sending no reminders.
 */
export function mailConfig(env: Env = process.env): MailConfig | null {
  if (!env.SMTP_HOST?.trim()) return null;
  const parsed = schema.safeParse(env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${i.path.join(".") || "SMTP"}: ${i.message}`).join("; ");
    throw new Error(`E-mail is misconfigured (${problems}). Fix the SMTP_* variables or unset SMTP_HOST.`);
  }
  const e = parsed.data;
  // Same default as scripts/start.mjs gives NEXTAUTH_URL, so cron and server link to the same place.
  const baseUrl = e.APP_BASE_URL ?? e.NEXTAUTH_URL ?? `http://localhost:${e.PORT ?? 3000}`;
  return {
    host: e.SMTP_HOST,
    port: e.SMTP_PORT,
    secure: e.SMTP_SECURE === "true",
    auth: e.SMTP_USER && e.SMTP_PASSWORD ? { user: e.SMTP_USER, pass: e.SMTP_PASSWORD } : null,
    from: e.SMTP_FROM,
    baseUrl: baseUrl.replace(/\/+$/, ""),
    intervalMinutes: e.REMINDER_INTERVAL_MINUTES,
  };
}
