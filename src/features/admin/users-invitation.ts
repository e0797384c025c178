import "server-only";
import { createTranslator } from "use-intl/core";
import { getDb, type Db } from "@/server/db";
import { getCurrentActor } from "@/server/auth/session";
import type { FormState } from "@/server/action";
import type { Actor } from "@/server/authz/actor";
import { writeAudit } from "@/server/audit";
import { setPasswordUrl, TOKEN_LIFETIME_MS } from "@/server/auth/account-tokens";
import { mailConfig } from "@/server/mail/config";
import { createMailer } from "@/server/mail/transport";
import { asLocale } from "@/i18n/locales";
import { messagesFor } from "@/i18n/messages";

export type InvitationDelivery = { channel: "EMAIL" } | { channel: "LINK"; url: string; mailFailed: boolean };

/** The app's public address for a link shown on screen, as the e-mails would give it. */
export function appBaseUrl(env: Record<string, string | undefined> = process.env): string {
  return (env.APP_BASE_URL?.trim() || env.NEXTAUTH_URL?.trim() || `http://localhost:${env.PORT ?? 3000}`).replace(/\/+$/, "");
}

/**
 * Gets a freshly issued invitation to its person, after the transaction that issued it committed:
 * by e-mail when SMTP is on, otherwise (or when the mail server refuses) as a link the
 * administrator sees once and passes on. The link is never stored and never logged.
 */
export async function deliverInvitation(
  db: Db, actor: Actor,
  user: { id: string; email: string; name: string; locale: string },
  token: string,
  mailNamespace = "userAdmin.invitationMail",
): Promise<InvitationDelivery> {
  let config = null;
  try {
    config = mailConfig();
  } catch {
    config = null;
  }
  const mailer = config ? createMailer(config) : null;
  if (config && mailer) {
    try {
      await mailer.send({ to: user.email, ...invitationMail(user, setPasswordUrl(config.baseUrl, token), mailNamespace) });
      await writeAudit(db, actor, { action: "CREATE", recordType: "InvitationEmail", recordId: user.id });
      return { channel: "EMAIL" };
    } catch (error) {
      const e = error as { code?: unknown; responseCode?: unknown } | null;
      console.error(`[forældrestøtte] invitation for user ${user.id} not sent (${String(e?.code ?? e?.responseCode ?? "unknown")})`);
      return { channel: "LINK", url: setPasswordUrl(config.baseUrl, token), mailFailed: true };
    } finally {
      mailer.close();
    }
  }
  return { channel: "LINK", url: setPasswordUrl(appBaseUrl(), token), mailFailed: false };
}

function invitationMail(user: { name: string; locale: string }, url: string, namespace: string) {
  const locale = asLocale(user.locale);
  // Staff and parents are invited in their own words: the namespace holds subject, greeting, body, expires, footer.
  const t = createTranslator({ locale, messages: messagesFor(locale), namespace: namespace as "userAdmin.invitationMail" });
  const hours = TOKEN_LIFETIME_MS.INVITATION / 3_600_000;
  return { subject: t("subject"), text: [t("greeting", { name: user.name }), "", t("body"), "", url, "", t("expires", { hours }), "", t("footer"), ""].join("\n") };
}

export type InvitationState = FormState<{ userId: string; name: string; delivery: InvitationDelivery }>;

/**
 * After a command that issued an invitation (a new user, a site's user, a re-invitation): deliver it, by
 * e-mail when SMTP is on, else as the link shown once. The page gets back only that, never the token.
 */
export async function afterInvitation(result: FormState<{ user: { id: string; email: string; name: string; locale: string }; token: string }>, mailNamespace?: string): Promise<InvitationState> {
  if (!result?.ok) return result as InvitationState;
  const actor = await getCurrentActor();
  const { user, token } = result.data;
  const delivery = await deliverInvitation(await getDb(), actor!, user, token, mailNamespace);
  return { ok: true, data: { userId: user.id, name: user.name, delivery } };
}
