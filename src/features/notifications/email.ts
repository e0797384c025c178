import "server-only";
import { createTranslator } from "use-intl/core";
import { getDb } from "@/server/db";
import { writeAudit } from "@/server/audit";
import { loadActor } from "@/server/auth/load-actor";
import type { Actor } from "@/server/authz/actor";
import { mailConfig } from "@/server/mail/config";
import { readMunicipalitySettings } from "@/domain/method/settings-limits";
import { createMailer, type Mailer } from "@/server/mail/transport";
import { asLocale } from "@/i18n/locales";
import { messagesFor } from "@/i18n/messages";
import { MEETING_CHANGE_KINDS, notificationsFor, type NotificationKind } from "./queries";

const KINDS: NotificationKind[] = ["FOLLOW_UP_MISSED", "PHASE_ENDING", "PLAN_AWAITING_AGREEMENT", "MEETING_INVITATION", "MEETING_CHANGED", "MEETING_CANCELLED"];

export interface ReminderRun {
  sent: number;
  failed: number;
}

/**
 * E-mails each active user one digest of their reminders that are unread and not mailed before,
 * and records the keys so that none is mailed twice. Does nothing when SMTP is not configured, and
 * nothing to the users of a municipality whose settings turn reminder e-mails off.
 */
export async function sendReminderEmails(now = new Date()): Promise<ReminderRun> {
  const config = mailConfig();
  const mailer = createMailer(config);
  const run: ReminderRun = { sent: 0, failed: 0 };
  if (!config || !mailer) return run;
  try {
    const db = await getDb();
    // A municipality that turned reminder e-mails off (its settings page) gets none; its users still see them in the app.
    const municipalities = await db.municipality.findMany({ select: { id: true, settings: true } });
    const off = municipalities.filter((m) => !readMunicipalitySettings(m.settings).reminderEmails).map((m) => m.id);
    const users = await db.user.findMany({
      where: { active: true, email: { not: "" }, OR: [{ municipalityId: null }, { municipalityId: { notIn: off } }] },
      select: { id: true },
      orderBy: { id: "asc" },
    });
    for (const { id } of users) {
      try {
        if (await mailOne(id, now, config.baseUrl, mailer)) run.sent++;
      } catch (error) {
        run.failed++;
        console.error(`[forældrestøtte] reminder e-mail for user ${id} not sent (${errorCode(error)}); it is tried again next run`);
      }
    }
  } finally {
    mailer.close();
  }
  return run;
}

/**
 * True when an e-mail went out. The user's digest is sent and recorded under a per-user lock inside
 * one transaction: with several app instances (or a cron run beside the server) each running this,
 * the first takes the lock and mails; another skips the user, or waits and then finds the keys
 * recorded. Every reminder is mailed once, by whichever instance comes first.
 */
async function mailOne(userId: string, now: Date, baseUrl: string, mailer: Mailer): Promise<boolean> {
  const actor = await loadActor(userId);
  if (!actor) return false;
  const db = await getDb();
  const unread = (await notificationsFor(actor, now)).filter((n) => !n.read);
  if (unread.length === 0) return false;
  let sent = false;
  try {
    return await db.$transaction(async (tx) => {
      const [lock] = await tx.$queryRaw<{ held: boolean }[]>`SELECT pg_try_advisory_xact_lock(${REMINDER_LOCK}::int, hashtext(${userId})) AS held`;
      if (!lock?.held) return false;
      const mailed = await tx.notificationEmail.findMany({ where: { userId, key: { in: unread.map((n) => n.key) } }, select: { key: true } });
      const mailedKeys = new Set(mailed.map((m) => m.key));
      const fresh = unread.filter((n) => !mailedKeys.has(n.key));
      if (fresh.length === 0) return false;

      const kinds: Partial<Record<NotificationKind, number>> = {};
      for (const n of fresh) kinds[n.kind] = (kinds[n.kind] ?? 0) + 1;
      await mailer.send({ to: actor.email, ...digest(actor, kinds, fresh.length, `${baseUrl}/notifications`) });
      sent = true;
      // Recorded only now that the SMTP server has accepted the message: a failed send is retried.
      await tx.notificationEmail.createMany({ data: fresh.map((n) => ({ userId, key: n.key })), skipDuplicates: true });
      // The system sends it, so no actor; the recipient is the record.
      await writeAudit(tx, null, { action: "CREATE", recordType: "ReminderEmail", recordId: userId, municipalityId: actor.municipalityId, details: { count: fresh.length, kinds } });
      return true;
    }, { timeout: 60_000, maxWait: 30_000 });
  } catch (error) {
    if (!sent) throw error;
    console.error(`[forældrestøtte] reminder e-mail for user ${userId} sent but not recorded (${errorCode(error)}); it may be sent again`);
    return true;
  }
}

/** The first key of the per-user advisory lock: the reminder e-mails' own number, apart from any other lock. */
const REMINDER_LOCK = 7301;

/**
 * The digest holds counts per kind and a link, nothing else. E-mail is not a secure channel
 * (it is stored unencrypted on mail servers and lands in shared and forwarded mailboxes), so it must
 * never carry family names, names of parents or children, CPR numbers or any free text from a case.
 */
function digest(actor: Actor, kinds: Partial<Record<NotificationKind, number>>, count: number, url: string) {
  const locale = asLocale(actor.locale);
  const t = createTranslator({ locale, messages: messagesFor(locale), namespace: "email" });
  const tm = createTranslator({ locale, messages: messagesFor(locale), namespace: "meetingChanges" });
  const kindText = (k: NotificationKind) => (MEETING_CHANGE_KINDS.includes(k) ? tm(`emailKinds.${k as "MEETING_CHANGED"}`, { count: kinds[k]! }) : t(`kinds.${k as "MEETING_INVITATION"}`, { count: kinds[k]! }));
  const lines = KINDS.filter((k) => kinds[k]).map((k) => `- ${kindText(k)}`);
  const text = [t("intro"), "", ...lines, "", t("link", { url }), "", t("privacy"), t("footer"), ""].join("\n");
  return { subject: t("subject", { count }), text };
}

/** Only the error's code goes to the log: nodemailer's and the database's messages can quote addresses or data. */
function errorCode(error: unknown): string {
  const e = error as { code?: unknown; responseCode?: unknown } | null;
  return String(e?.code ?? e?.responseCode ?? "unknown");
}

let running = false;

/** One scheduled run; skipped while the previous one is still going (a slow mail server), so runs never overlap. */
export async function reminderTick(now = new Date()): Promise<ReminderRun | "skipped"> {
  if (running) return "skipped";
  running = true;
  try {
    return await sendReminderEmails(now);
  } finally {
    running = false;
  }
}

const store = globalThis as unknown as { __reminderTimer?: ReturnType<typeof setInterval> };

/** In the server process: every REMINDER_INTERVAL_MINUTES when SMTP is configured (0 = leave it to cron). */
export function scheduleReminderEmails(): boolean {
  const config = mailConfig();
  if (!config || config.intervalMinutes === 0 || store.__reminderTimer) return false;
  store.__reminderTimer = setInterval(() => {
    reminderTick().then(
      (r) => { if (r !== "skipped" && (r.sent || r.failed)) console.log(`[forældrestøtte] reminder e-mails: ${r.sent} sent, ${r.failed} failed`); },
      (error: unknown) => console.error(`[forældrestøtte] reminder run failed (${errorCode(error)})`),
    );
  }, config.intervalMinutes * 60_000);
  // The schedule alone must not keep the process alive (clean shutdown).
  store.__reminderTimer.unref();
  console.log(`[forældrestøtte] reminder e-mails every ${config.intervalMinutes} min via ${config.host}:${config.port}`);
  return true;
}
