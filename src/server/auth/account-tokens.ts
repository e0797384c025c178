import "server-only";
import { createHash, randomBytes } from "node:crypto";
import type { Tx } from "../audit";

export type AccountTokenPurpose = "INVITATION" | "PASSWORD_RESET";

/** How long a link works: an invitation is passed on by hand and may wait a weekend; a reset is asked for now. */
export const TOKEN_LIFETIME_MS: Record<AccountTokenPurpose, number> = {
  INVITATION: 72 * 3_600_000,
  PASSWORD_RESET: 2 * 3_600_000,
};

const hashOf = (token: string) => createHash("sha256").update(token, "utf8").digest("hex");

/** The page where the person chooses a password; `base` is the app's public address (APP_BASE_URL / NEXTAUTH_URL). */
export function setPasswordUrl(base: string, token: string): string {
  return `${base.replace(/\/+$/, "")}/account/set-password?token=${encodeURIComponent(token)}`;
}

/**
 * Issues a single-use token for the user and returns it in clear text — the only time it exists
 * outside the holder's hands: e-mail it or show it once. Earlier unused tokens of the same purpose
 * stop working, so only the latest link sent is valid.
 */
export async function issueAccountToken(
  tx: Tx,
  input: { userId: string; purpose: AccountTokenPurpose; createdById: string | null; now?: Date },
): Promise<{ token: string; expiresAt: Date }> {
  const now = input.now ?? new Date();
  await tx.accountToken.updateMany({ where: { userId: input.userId, purpose: input.purpose, usedAt: null }, data: { usedAt: now } });
  const token = randomBytes(32).toString("base64url");
  const expiresAt = new Date(now.getTime() + TOKEN_LIFETIME_MS[input.purpose]);
  await tx.accountToken.create({ data: { userId: input.userId, purpose: input.purpose, tokenHash: hashOf(token), expiresAt, createdById: input.createdById } });
  return { token, expiresAt };
}

export type TokenCheck =
  | { ok: true; userId: string; purpose: AccountTokenPurpose }
  | { ok: false; reason: "TOKEN_UNKNOWN" | "TOKEN_EXPIRED" | "TOKEN_USED" };

/** What a token is worth now, without using it up (the set-password page shows the form or why not). */
export async function checkAccountToken(tx: Tx, token: string, now = new Date()): Promise<TokenCheck> {
  if (!/^[A-Za-z0-9_-]{20,100}$/.test(token)) return { ok: false, reason: "TOKEN_UNKNOWN" };
  const row = await tx.accountToken.findUnique({ where: { tokenHash: hashOf(token) }, select: { userId: true, purpose: true, expiresAt: true, usedAt: true, user: { select: { active: true } } } });
  if (!row || !row.user.active) return { ok: false, reason: "TOKEN_UNKNOWN" };
  if (row.usedAt) return { ok: false, reason: "TOKEN_USED" };
  if (row.expiresAt <= now) return { ok: false, reason: "TOKEN_EXPIRED" };
  return { ok: true, userId: row.userId, purpose: row.purpose };
}

/**
 * Uses the token up inside the caller's transaction (the password is set in the same one): of two
 * requests with the same token only one gets through, the other is told it was used.
 */
export async function consumeAccountToken(tx: Tx, token: string, now = new Date()): Promise<TokenCheck> {
  const check = await checkAccountToken(tx, token, now);
  if (!check.ok) return check;
  const { count } = await tx.accountToken.updateMany({ where: { tokenHash: hashOf(token), usedAt: null }, data: { usedAt: now } });
  return count === 1 ? check : { ok: false, reason: "TOKEN_USED" };
}
