import "server-only";
import { createTranslator } from "use-intl/core";
import type { Db } from "../db";
import { writeAudit } from "../audit";
import { mailConfig } from "../mail/config";
import { createMailer } from "../mail/transport";
import { asLocale } from "@/i18n/locales";
import { messagesFor } from "@/i18n/messages";
import { claimWarning, releaseWarning, THROTTLE } from "./throttle";

interface Owner {
  id: string;
  email: string;
  locale: string;
  municipalityId: string | null;
}

/**
 * Tells the account's owner that someone keeps failing to log in as them, so they can raise it with
 * their IT department. Only a count and a link: the attacker's addresses would mean nothing to the
 * reader and e-mail is no place for them. At most one per `THROTTLE.warnEveryMs`; nothing without SMTP.
 * Only a failed attempt waits for this, never the owner's own successful login.
 */
export async function warnOwner(db: Db, key: string, owner: Owner, failures: number, previous: Date | null, now: Date): Promise<boolean> {
  try {
    const config = mailConfig();
    const mailer = createMailer(config);
    if (!config || !mailer) return false;
    try {
      if (!(await claimWarning(db, key, previous, now))) return false;
      try {
        await mailer.send({ to: owner.email, ...message(owner.locale, failures, `${config.baseUrl}/login`) });
      } catch (error) {
        await releaseWarning(db, key, previous, now);
        throw error;
      }
    } finally {
      mailer.close();
    }
    // The system sends it, so no actor; the recipient is the record.
    await writeAudit(db, null, { action: "CREATE", recordType: "LoginWarningEmail", recordId: owner.id, municipalityId: owner.municipalityId, details: { failures } });
    return true;
  } catch (error) {
    // Only the code: the messages can quote addresses.
    const e = error as { code?: unknown; responseCode?: unknown } | null;
    console.error(`[forældrestøtte] login warning for user ${owner.id} not sent (${String(e?.code ?? e?.responseCode ?? "unknown")})`);
    return false;
  }
}

function message(localeName: string, count: number, url: string) {
  const locale = asLocale(localeName);
  const t = createTranslator({ locale, messages: messagesFor(locale), namespace: "loginWarning" });
  const text = [t("body", { count, minutes: THROTTLE.windowMs / 60_000 }), "", t("notYou"), t("wasYou"), "", t("link", { url }), "", t("footer"), ""].join("\n");
  return { subject: t("subject"), text };
}
