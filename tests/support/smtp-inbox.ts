// A real SMTP server (smtp-server) in the test process, on a free port, and the SMTP_* settings that
// point the app at it. What it receives is kept raw and decoded as a reader would see it; recipients
// added to `refused` are answered with 550 (mailbox unavailable).
import type { AddressInfo } from "node:net";
import { SMTPServer } from "smtp-server";

export interface Received { from: string; to: string[]; raw: string; text: string }

const SMTP_VARS = ["SMTP_HOST", "SMTP_PORT", "SMTP_SECURE", "SMTP_USER", "SMTP_PASSWORD", "SMTP_FROM", "APP_BASE_URL"] as const;

export function smtpInbox() {
  const inbox: Received[] = [];
  const refused = new Set<string>();
  const saved = Object.fromEntries(SMTP_VARS.map((k) => [k, process.env[k]]));
  const server = new SMTPServer({
    secure: false,
    authOptional: true,
    disabledCommands: ["STARTTLS"],
    logger: false,
    onRcptTo(address, _session, callback) {
      if (refused.has(address.address)) return callback(Object.assign(new Error("Mailbox unavailable"), { responseCode: 550 }));
      callback();
    },
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on("data", (c: Buffer) => chunks.push(c));
      stream.on("end", () => {
        const raw = Buffer.concat(chunks).toString("utf8");
        const from = session.envelope.mailFrom ? session.envelope.mailFrom.address : "";
        inbox.push({ from, to: session.envelope.rcptTo.map((r) => r.address), raw, text: decode(raw) });
        callback();
      });
    },
  });
  let port = 0;
  return {
    inbox,
    refused,
    async start() {
      await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
      port = (server.server.address() as AddressInfo).port;
    },
    async stop() {
      await new Promise<void>((resolve) => server.close(() => resolve()));
      for (const k of SMTP_VARS) if (saved[k] === undefined) delete process.env[k]; else process.env[k] = saved[k];
    },
    /** Points the app at this server; `baseUrl` becomes APP_BASE_URL, the base of links in the mails. */
    on(baseUrl = "https://fs.kommune.test/") {
      Object.assign(process.env, { SMTP_HOST: "127.0.0.1", SMTP_PORT: String(port), SMTP_SECURE: "false", SMTP_FROM: "Forældrestøtte <noreply@kommune.test>", APP_BASE_URL: baseUrl });
      delete process.env.SMTP_USER;
      delete process.env.SMTP_PASSWORD;
    },
    off() {
      for (const k of SMTP_VARS) delete process.env[k];
    },
  };
}

/** Headers and body as a reader sees them: encoded words, quoted-printable and base64 undone. */
function decode(raw: string): string {
  const split = raw.indexOf("\r\n\r\n");
  const headers = raw.slice(0, split).replace(/\r\n[ \t]+/g, " ");
  const body = raw.slice(split + 4);
  // RFC 2047: the space between two adjacent encoded words is not part of the text.
  const words = headers.replace(/\?=\s+=\?/g, "?==?").replace(/=\?utf-8\?([bq])\?([^?]*)\?=/gi, (_, enc: string, s: string) =>
    enc.toLowerCase() === "b" ? Buffer.from(s, "base64").toString("utf8") : qp(s.replace(/_/g, " ")));
  const cte = /^content-transfer-encoding:\s*(\S+)/im.exec(headers)?.[1]?.toLowerCase();
  const text = cte === "base64" ? Buffer.from(body.replace(/\s+/g, ""), "base64").toString("utf8") : cte === "quoted-printable" ? qp(body.replace(/=\r\n/g, "")) : body;
  return `${words}\n\n${text.replace(/\r\n/g, "\n")}`;
}
function qp(s: string): string {
  return Buffer.from(s.replace(/=([0-9A-F]{2})/gi, (_, h: string) => String.fromCharCode(parseInt(h, 16))), "latin1").toString("utf8");
}
