// Reminder e-mails against a real SMTP server (smtp-server, in this process, on a free port).
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { getDb } from "@/server/db";
import { executeCommand } from "@/server/command";
import { mailConfig } from "@/server/mail/config";
import { markNotificationRead } from "@/features/notifications/commands";
import { notificationsFor } from "@/features/notifications/queries";
import { reminderTick, sendReminderEmails } from "@/features/notifications/email";
import { actorFor, makeFamily, makeMunicipality, makeUser, putInChange } from "../support/factories";
import { smtpInbox } from "../support/smtp-inbox";

const NOW = new Date("2026-11-23T10:00:00Z");

const smtp = smtpInbox();
const { inbox, refused } = smtp;

/** A user with one family each whose follow-up is overdue; returns the family for the privacy checks. */
async function overdueFor(municipalityId: string, userIds: { caseworkerId?: string; therapistId?: string }, name: string) {
  const family = await makeFamily(municipalityId, { ...userIds, name });
  await putInChange(family.id, { startDate: "2026-10-27" }); // due 10 November, missed

  return family;
}

let municipalityId: string;
let cw: { id: string; email: string }, th: { id: string; email: string }, reader: { id: string; email: string };
let families: Awaited<ReturnType<typeof overdueFor>>[] = [];

beforeAll(async () => {
  await smtp.start();
  municipalityId = (await makeMunicipality()).id;
  [cw, th, reader] = await Promise.all([makeUser("CASEWORKER", municipalityId), makeUser("THERAPIST", municipalityId), makeUser("CASEWORKER", municipalityId)]);
  await makeUser("COORDINATOR", municipalityId); // nothing to remind of: no e-mail
  await (await getDb()).user.update({ where: { id: th.id }, data: { locale: "en" } });
  families = [
    await overdueFor(municipalityId, { caseworkerId: cw.id, therapistId: th.id }, "Familien Hemmeligsen"),
    await overdueFor(municipalityId, { caseworkerId: cw.id }, "Familien Fortroligsen"),
    await overdueFor(municipalityId, { caseworkerId: reader.id }, "Familien Læstesen"),
  ];
  const readerActor = await actorFor(reader.id);
  const [n] = await notificationsFor(readerActor, NOW);
  expect((await executeCommand(markNotificationRead, readerActor, { key: n!.key })).ok).toBe(true);
});

afterAll(() => smtp.stop());

const mailsTo = (email: string) => inbox.filter((m) => m.to.includes(email));
const recorded = async (userId: string) => (await getDb()).notificationEmail.count({ where: { userId } });

describe("reminder e-mails", () => {
  it("sends nothing and records nothing when SMTP is not configured", async () => {
    smtp.off();
    expect(mailConfig()).toBeNull();
    expect(await sendReminderEmails(NOW)).toEqual({ sent: 0, failed: 0 });
    expect(inbox).toEqual([]);
    expect(await (await getDb()).notificationEmail.count()).toBe(0);
  });

  it("mails each user with new reminders one digest with the counts and the link, and no names", async () => {
    smtp.on("https://fs.kommune.test/");
    expect(await sendReminderEmails(NOW)).toEqual({ sent: 2, failed: 0 });
    expect(inbox).toHaveLength(2);

    const [toCw] = mailsTo(cw.email);
    expect(mailsTo(cw.email)).toHaveLength(1);
    expect(toCw!.to).toEqual([cw.email]);
    expect(toCw!.from).toBe("noreply@kommune.test");
    expect(toCw!.text).toContain("2 opfølgninger blev ikke holdt");
    expect(toCw!.text).toContain("2 nye påmindelser");
    expect(toCw!.text).toContain("https://fs.kommune.test/notifications");

    const [toTh] = mailsTo(th.email);
    expect(toTh!.text).toContain("1 follow-up was missed");
    expect(toTh!.text).toContain("https://fs.kommune.test/notifications");

    // The reader marked their only reminder read in the app: nothing to mail.
    expect(mailsTo(reader.email)).toEqual([]);
    expect(await recorded(reader.id)).toBe(0);

    const secrets = families.flatMap((f) => [f.displayName, ...f.parents.map((p) => p.name), ...f.children.map((c) => c.name)]);
    for (const mail of inbox) for (const secret of secrets) {
      expect(mail.raw).not.toContain(secret);
      expect(mail.text).not.toContain(secret);
    }

    expect(await recorded(cw.id)).toBe(2);
    const audit = await (await getDb()).auditEvent.findMany({ where: { recordType: "ReminderEmail", recordId: cw.id } });
    expect(audit.map((a) => [a.action, a.details])).toEqual([["CREATE", { count: 2, kinds: { FOLLOW_UP_MISSED: 2 } }]]);
  });

  it("does not mail the same reminders again", async () => {
    expect(await sendReminderEmails(NOW)).toEqual({ sent: 0, failed: 0 });
    expect(inbox).toHaveLength(2);
  });

  it("records nothing when the server refuses the recipient, logs no address, and mails on a later run", async () => {
    const late = await makeUser("CASEWORKER", municipalityId);
    families.push(await overdueFor(municipalityId, { caseworkerId: late.id }, "Familien Afvisesen"));
    refused.add(late.email);
    const errors = vi.spyOn(console, "error").mockImplementation(() => {});
    try {
      expect(await sendReminderEmails(NOW)).toEqual({ sent: 0, failed: 1 });
      expect(errors).toHaveBeenCalledTimes(1);
      expect(String(errors.mock.calls[0])).not.toContain(late.email);
    } finally {
      errors.mockRestore();
    }
    expect(inbox).toHaveLength(2);
    expect(await recorded(late.id)).toBe(0);
    expect(await (await getDb()).auditEvent.count({ where: { recordType: "ReminderEmail", recordId: late.id } })).toBe(0);

    refused.clear();
    expect(await sendReminderEmails(NOW)).toEqual({ sent: 1, failed: 0 });
    expect(mailsTo(late.email)).toHaveLength(1);
    expect(mailsTo(late.email)[0]!.text).toContain("1 opfølgning blev ikke holdt");
    expect(await recorded(late.id)).toBe(1);
  });

  it("never runs two scheduled runs at once", async () => {
    const another = await makeUser("CASEWORKER", municipalityId);
    await overdueFor(municipalityId, { caseworkerId: another.id }, "Familien Samtidigsen");
    const runs = await Promise.all([reminderTick(NOW), reminderTick(NOW)]);
    expect(runs).toContainEqual("skipped");
    expect(runs).toContainEqual({ sent: 1, failed: 0 });
    expect(mailsTo(another.email)).toHaveLength(1);
  });

  it("mails each reminder once when two senders run at once (two app instances, or cron beside the server)", async () => {
    const users = await Promise.all([0, 1, 2].map(() => makeUser("CASEWORKER", municipalityId)));
    for (const [i, u] of users.entries()) await overdueFor(municipalityId, { caseworkerId: u.id }, `Familien Tvillingsen ${i}`);
    const runs = await Promise.all([sendReminderEmails(NOW), sendReminderEmails(NOW), sendReminderEmails(NOW)]);
    expect(runs.reduce((sum, r) => sum + r.sent, 0)).toBe(3);
    expect(runs.every((r) => r.failed === 0)).toBe(true);
    for (const u of users) {
      expect(mailsTo(u.email)).toHaveLength(1);
      expect(await recorded(u.id)).toBe(1);
    }
  });
});

describe("mail configuration", () => {
  it("is off without SMTP_HOST, defaults the port, and names what is missing", () => {
    expect(mailConfig({})).toBeNull();
    expect(mailConfig({ SMTP_HOST: "" })).toBeNull();
    expect(() => mailConfig({ SMTP_HOST: "smtp.kommune.dk" })).toThrow(/SMTP_FROM/);
    expect(() => mailConfig({ SMTP_HOST: "smtp.kommune.dk", SMTP_FROM: "a@b.dk", SMTP_PORT: "abc" })).toThrow(/SMTP_PORT/);
    expect(() => mailConfig({ SMTP_HOST: "smtp.kommune.dk", SMTP_FROM: "a@b.dk", SMTP_USER: "u" })).toThrow(/SMTP_PASSWORD/);
    const config = mailConfig({ SMTP_HOST: "smtp.kommune.dk", SMTP_FROM: "a@b.dk", SMTP_PORT: "", NEXTAUTH_URL: "https://app.kommune.dk/" });
    expect(config).toMatchObject({ port: 587, secure: false, auth: null, baseUrl: "https://app.kommune.dk", intervalMinutes: 15 });
    expect(mailConfig({ SMTP_HOST: "h", SMTP_FROM: "a@b.dk", SMTP_PORT: "465", SMTP_SECURE: "true", SMTP_USER: "u", SMTP_PASSWORD: "p", APP_BASE_URL: "https://x.dk", NEXTAUTH_URL: "https://y.dk" }))
      .toMatchObject({ port: 465, secure: true, auth: { user: "u", pass: "p" }, baseUrl: "https://x.dk" });
  });
});
