import "server-only";
import { createHash, randomBytes } from "node:crypto";
import { z } from "zod";
import { createTranslator } from "use-intl/core";
import { afterRequest, overLimit, type ResetLimitKind } from "@/domain/accounts/reset-requests";
import { getDb, type Db } from "@/server/db";
import type { Tx } from "@/server/audit";
import { writeAudit } from "@/server/audit";
import { issueAccountToken, setPasswordUrl, TOKEN_LIFETIME_MS } from "@/server/auth/account-tokens";
import { mailConfig } from "@/server/mail/config";
import { createMailer } from "@/server/mail/transport";
import { asLocale } from "@/i18n/locales";
import { messagesFor } from "@/i18n/messages";
import type credentialsDa from "@/i18n/messages/credentials.da.json";

export const forgotPasswordInput = z.object({
  email: z.preprocess((v) => (typeof v === "string" ? v.trim().toLowerCase() : v), z.string().min(1).max(254).pipe(z.email())),
});

// Separate from the login counters: asking for a reset is not a failed login, and a locked login
// must not keep its owner from asking for a new password.
export const resetAddressKey = (email: string) => `reset:address:${email}`;
export const resetIpKey = (ip: string | null) => `reset:ip:${ip ?? "unknown"}`;

export type ForgotPasswordAnswer = { ok: true } | { ok: false; code: "THROTTLED" };

export interface ForgotPasswordOutcome {
  /** What the person is told: the same whether or not the address belongs to anyone. */
  answer: ForgotPasswordAnswer;
  /**
   * The e-mail, sent after the answer so the SMTP server's speed tells nothing about the address;
   * tests await it. Resolves to what happened, for the tests and the log only.
   */
  delivery: Promise<"SENT" | "NO_SMTP" | "FAILED" | "NONE">;
}

async function count(tx: Tx, key: string, kind: ResetLimitKind, now: Date): Promise<boolean> {
  const current = await tx.loginThrottle.findUnique({ where: { key }, select: { failures: true, firstAt: true, lockedUntil: true } });
  const next = afterRequest(current, kind, now);
  await tx.loginThrottle.upsert({ where: { key }, create: { key, ...next }, update: next });
  return overLimit(next, kind);
}

/**
 * "Forgot password": for an active user who has a password or an invitation, a single-use reset
 * link (TOKEN_LIFETIME_MS.PASSWORD_RESET) by e-mail. Every request is counted per address and per
 * client address and audited; an unknown address does the same database work on a dummy token, so
 * neither the answer nor its time says whether the address exists. Without SMTP the link goes
 * nowhere: the server log says mail is not configured, and the link is never shown or logged.
 */
export async function requestPasswordReset(input: z.output<typeof forgotPasswordInput>, meta: { ip: string | null; now?: Date; db?: Db }): Promise<ForgotPasswordOutcome> {
  const now = meta.now ?? new Date();
  const db = meta.db ?? (await getDb());
  const email = input.email;
  const result = await db.$transaction(async (tx) => {
    const ipOver = await count(tx, resetIpKey(meta.ip), "ip", now);
    if (ipOver) {
      await writeAudit(tx, null, { action: "CREATE", outcome: "DENIED", recordType: "PasswordReset", details: { email, reason: "throttled" } }, { ip: meta.ip });
      return { throttled: true as const };
    }
    const addressOver = await count(tx, resetAddressKey(email), "address", now);
    const user = await tx.user.findUnique({
      where: { email },
      select: { id: true, email: true, name: true, locale: true, active: true, municipalityId: true, passwordHash: true, _count: { select: { accountTokens: { where: { purpose: "INVITATION" } } } } },
    });
    const eligible = !!user && user.active && (user.passwordHash !== null || user._count.accountTokens > 0);
    if (!eligible || addressOver) {
      // The same kind of work as issuing a token: a random token, its hash, a lookup by hash.
      const dummy = createHash("sha256").update(randomBytes(32).toString("base64url")).digest("hex");
      await tx.accountToken.findUnique({ where: { tokenHash: dummy }, select: { id: true } });
      const reason = !user ? "unknown" : !user.active ? "inactive" : !eligible ? "no-password" : "address-limit";
      await writeAudit(tx, user ? { id: user.id, email: user.email, municipalityId: user.municipalityId } : null,
        { action: "CREATE", outcome: reason === "address-limit" ? "DENIED" : "FAILURE", recordType: "PasswordReset", recordId: user?.id, municipalityId: user?.municipalityId ?? null, details: { email, reason } },
        { ip: meta.ip });
      return { throttled: false as const, issued: null };
    }
    const { token, expiresAt } = await issueAccountToken(tx, { userId: user.id, purpose: "PASSWORD_RESET", createdById: null, now });
    // The token never reaches the log: only that one was issued and until when.
    await writeAudit(tx, { id: user.id, email: user.email, municipalityId: user.municipalityId },
      { action: "CREATE", recordType: "PasswordReset", recordId: user.id, details: { expiresAt: expiresAt.toISOString() } }, { ip: meta.ip });
    return { throttled: false as const, issued: { user, token } };
  }, { timeout: 20_000 });

  if (result.throttled) return { answer: { ok: false, code: "THROTTLED" }, delivery: Promise.resolve("NONE") };
  const delivery = result.issued ? deliver(db, result.issued.user, result.issued.token, meta.ip) : Promise.resolve("NONE" as const);
  return { answer: { ok: true }, delivery };
}

async function deliver(db: Db, user: { id: string; email: string; name: string; locale: string; municipalityId: string | null }, token: string, ip: string | null): Promise<"SENT" | "NO_SMTP" | "FAILED"> {
  let config;
  try {
    config = mailConfig();
  } catch (error) {
    console.error(`[forældrestøtte] password reset for user ${user.id} not sent: ${(error as Error).message}`);
    return "FAILED";
  }
  const mailer = createMailer(config);
  if (!config || !mailer) {
    console.warn(`[forældrestøtte] password reset for user ${user.id} requested, but e-mail is not configured (SMTP_HOST unset): no link was sent. Set SMTP_HOST and SMTP_FROM for password resets to work.`);
    return "NO_SMTP";
  }
  try {
    await mailer.send({ to: user.email, ...resetMail(user, setPasswordUrl(config.baseUrl, token)) });
    await writeAudit(db, { id: user.id, email: user.email, municipalityId: user.municipalityId }, { action: "CREATE", recordType: "PasswordResetEmail", recordId: user.id }, { ip });
    return "SENT";
  } catch (error) {
    // Only the code: the messages can quote addresses.
    const e = error as { code?: unknown; responseCode?: unknown } | null;
    console.error(`[forældrestøtte] password reset for user ${user.id} not sent (${String(e?.code ?? e?.responseCode ?? "unknown")})`);
    return "FAILED";
  } finally {
    mailer.close();
  }
}

function resetMail(user: { name: string; locale: string }, url: string) {
  const locale = asLocale(user.locale);
  // The feature's own catalogue (credentials.*.json) is merged at load, outside the main catalogue's type.
  const t = createTranslator({ locale, messages: messagesFor(locale) as unknown as typeof credentialsDa, namespace: "credentials.resetMail" });
  const hours = TOKEN_LIFETIME_MS.PASSWORD_RESET / 3_600_000;
  return { subject: t("subject"), text: [t("greeting", { name: user.name }), "", t("body"), "", url, "", t("expires", { hours }), t("notYou"), "", t("footer"), ""].join("\n") };
}
