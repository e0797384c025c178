// Runs once when the server starts: migrate the database before the first request, and on a new
// embedded database create the demo data.
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs" || process.env.NEXT_PHASE === "phase-production-build") return;
  const { prepareDatabaseOnStart } = await import("./server/startup");
  await prepareDatabaseOnStart();
  // Of a server's worker processes one runs the schedules (scripts/server.mjs); a single process always does.
  if (process.env.FS_RUN_SCHEDULES === "0") return;
  // Reminder e-mails only when SMTP is configured (a misconfiguration stops the start with its reason).
  const { mailConfig } = await import("./server/mail/config");
  if (mailConfig()) (await import("./features/notifications/email")).scheduleReminderEmails();
  // Contact plans keep their sessions rolling ahead; a failure here is logged and the server starts anyway.
  try {
    (await import("./features/contact/rolling-job")).scheduleContactTopUp();
  } catch (error) {
    console.error(`[forældrestøtte] contact session schedule not started (${error instanceof Error ? error.name : "unknown"})`);
  }
}
