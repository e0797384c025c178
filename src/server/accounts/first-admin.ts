import "server-only";
import { randomBytes } from "node:crypto";
import { z } from "zod";
import { checkNewPassword, type PasswordRefusal } from "@/domain/accounts/password-policy";
import type { Db } from "../db";
import { writeAudit } from "../audit";
import { hashPassword } from "../auth/password";
import { issueAccountToken, setPasswordUrl, TOKEN_LIFETIME_MS } from "../auth/account-tokens";

// `npm run admin:create` (scripts/admin-create.ts): the first administrator of a municipality on a
// new installation, where nobody can log in yet to create one through the admin pages.

export const firstAdminInput = z.object({
  municipality: z.string().trim().min(2).max(200),
  code: z.string().trim().regex(/^[0-9A-Za-z-]{1,20}$/).optional(),
  email: z.string().trim().toLowerCase().pipe(z.email().max(254)),
  name: z.string().trim().min(1).max(200).default("Administrator"),
});
export type FirstAdminInput = z.input<typeof firstAdminInput>;

export type FirstAdminResult =
  | { ok: true; userId: string; municipalityId: string; municipalityCreated: boolean; link: { url: string; expiresAt: Date } | null }
  | { ok: false; error: "INVALID_INPUT"; message: string }
  | { ok: false; error: "EMAIL_TAKEN" | "CODE_MISMATCH" | "CODE_TAKEN"; message: string }
  | { ok: false; error: "PASSWORD_REFUSED"; refusal: PasswordRefusal; message: string };

const REFUSAL_TEXT: Record<PasswordRefusal["reason"], string> = {
  PASSWORD_TOO_SHORT: "The password is too short (at least 12 characters).",
  PASSWORD_TOO_LONG: "The password is too long (at most 200 characters).",
  PASSWORD_TOO_WEAK: "The password is too easy to guess. Use several words, and avoid names and common words.",
  PASSWORD_MISMATCH: "The passwords differ.",
};

/**
 * Creates the municipality (found by name when it exists) and its administrator in one transaction.
 * Without `password` the result carries a one-time invitation link (the same 72-hour token the
 * admin pages issue); with it the password is checked by the same rule as everywhere and stored
 * as an argon2 hash. Never a second account for an e-mail: that would take an existing login over.
 * Audited without an actor ({ via: "cli" }): the operator at the server's shell is not a user.
 */
export async function createFirstAdmin(db: Db, raw: FirstAdminInput & { password?: string }, opts: { baseUrl: string; now?: Date }): Promise<FirstAdminResult> {
  const parsed = firstAdminInput.safeParse(raw);
  if (!parsed.success) {
    return { ok: false, error: "INVALID_INPUT", message: parsed.error.issues.map((i) => `--${i.path.join(".")}: ${i.message}`).join("; ") };
  }
  const input = parsed.data;
  const now = opts.now ?? new Date();
  let passwordHash: string | null = null;
  if (raw.password !== undefined) {
    const refusal = checkNewPassword(raw.password, raw.password, [input.name, input.email]);
    if (refusal) return { ok: false, error: "PASSWORD_REFUSED", refusal, message: REFUSAL_TEXT[refusal.reason] };
    passwordHash = await hashPassword(raw.password);
  }
  return db.$transaction(async (tx): Promise<FirstAdminResult> => {
    if (await tx.user.count({ where: { email: input.email } })) {
      return { ok: false, error: "EMAIL_TAKEN", message: `A user with the e-mail ${input.email} already exists; nothing was changed. Administrators create further users on the admin pages; a forgotten password is reset from the login page.` };
    }
    let municipality = await tx.municipality.findFirst({ where: { name: input.municipality }, select: { id: true, code: true }, orderBy: { createdAt: "asc" } });
    let municipalityCreated = false;
    if (municipality && input.code && municipality.code !== input.code) {
      return { ok: false, error: "CODE_MISMATCH", message: `${input.municipality} already exists with code ${municipality.code}, not ${input.code}; nothing was changed.` };
    }
    if (!municipality) {
      if (input.code && (await tx.municipality.count({ where: { code: input.code } }))) {
        return { ok: false, error: "CODE_TAKEN", message: `Another municipality already has the code ${input.code}; nothing was changed.` };
      }
      // The code is the official municipality number; without one a unique placeholder keeps the column's rule.
      const code = input.code ?? `auto-${randomBytes(4).toString("hex")}`;
      municipality = await tx.municipality.create({ data: { name: input.municipality, code }, select: { id: true, code: true } });
      municipalityCreated = true;
      await writeAudit(tx, null, { action: "CREATE", recordType: "Municipality", recordId: municipality.id, municipalityId: municipality.id, details: { via: "cli", code } }, { ip: null });
    }
    const user = await tx.user.create({
      data: { email: input.email, name: input.name, role: "ADMIN", municipalityId: municipality.id, passwordHash },
      select: { id: true },
    });
    await writeAudit(tx, null, { action: "CREATE", recordType: "User", recordId: user.id, municipalityId: municipality.id, details: { via: "cli", role: "ADMIN", password: passwordHash ? "set" : "invitation" } }, { ip: null });
    let link: { url: string; expiresAt: Date } | null = null;
    if (!passwordHash) {
      const { token, expiresAt } = await issueAccountToken(tx, { userId: user.id, purpose: "INVITATION", createdById: null, now });
      // The token itself never reaches the log: only that one was issued and until when.
      await writeAudit(tx, null, { action: "CREATE", recordType: "Invitation", recordId: user.id, municipalityId: municipality.id, details: { via: "cli", expiresAt: expiresAt.toISOString() } }, { ip: null });
      link = { url: setPasswordUrl(opts.baseUrl, token), expiresAt };
    }
    return { ok: true, userId: user.id, municipalityId: municipality.id, municipalityCreated, link };
  }, { timeout: 20_000 });
}

export const INVITATION_HOURS = TOKEN_LIFETIME_MS.INVITATION / 3_600_000;
