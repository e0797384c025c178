import "server-only";
import nodemailer from "nodemailer";
import { mailConfig, type MailConfig } from "./config";

export interface OutgoingMail {
  to: string;
  subject: string;
  text: string;
}

export interface Mailer {
  /** Resolves only when the SMTP server has accepted the message for the recipient; rejects otherwise. */
  send(mail: OutgoingMail): Promise<void>;
  close(): void;
}

/** An SMTP mailer for one run (close it afterwards), or null when e-mail is not configured. */
export function createMailer(config: MailConfig | null = mailConfig()): Mailer | null {
  if (!config) return null;
  const transport = nodemailer.createTransport({
    pool: true,
    maxConnections: 2,
    host: config.host,
    port: config.port,
    secure: config.secure,
    // Never send the SMTP password over a connection that did not upgrade to TLS.
    requireTLS: !config.secure && config.auth !== null,
    auth: config.auth ?? undefined,
    // A hanging mail server must not hold a reminder run for nodemailer's default 10 minutes.
    connectionTimeout: 15_000,
    greetingTimeout: 15_000,
    socketTimeout: 60_000,
  });
  return {
    async send(mail) {
      const info = await transport.sendMail({ from: config.from, to: mail.to, subject: mail.subject, text: mail.text });
      // With one recipient a refusal normally rejects; this also covers a server that answers oddly.
      const accepted = (info.accepted ?? []).map((a) => a.toLowerCase());
      if (!accepted.includes(mail.to.toLowerCase())) throw Object.assign(new Error("recipient not accepted"), { code: "EENVELOPE" });
    },
    close: () => transport.close(),
  };
}
