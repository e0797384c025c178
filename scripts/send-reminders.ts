// `npm run reminders:send`: e-mails each user a digest of their new reminders (see
// src/features/notifications/email.ts). For cron; the server process also does it every
// REMINDER_INTERVAL_MINUTES unless that is 0. Without SMTP_HOST it sends nothing.
import { closeDatabase } from "@/server/db";
import { mailConfig } from "@/server/mail/config";
import { sendReminderEmails } from "@/features/notifications/email";

try {
  if (!mailConfig()) {
    console.log("SMTP_HOST is not set: e-mail is off, nothing sent.");
  } else {
    const { sent, failed } = await sendReminderEmails();
    console.log(`Sent ${sent} reminder e-mail${sent === 1 ? "" : "s"}${failed ? `; ${failed} failed and will be tried again next run` : ""}.`);
    if (failed) process.exitCode = 1;
  }
} finally {
  await closeDatabase();
}
