import { ZxcvbnFactory } from "@zxcvbn-ts/core";
import * as common from "@zxcvbn-ts/language-common";
import * as en from "@zxcvbn-ts/language-en";

// The password rule for every way a password is set (invitation, reset, own change, admin CLI):
// long enough, and not guessable by zxcvbn — whose offline lists hold the most common and breached
// passwords, keyboard patterns, dates and names — nor built from the person's own name or e-mail.
export const PASSWORD_MIN_LENGTH = 12;
export const PASSWORD_MAX_LENGTH = 200;
/** zxcvbn's 0–4 scale; 3 = "safely unguessable: moderate protection from offline slow-hash scenario". */
export const PASSWORD_MIN_SCORE = 3;

const zxcvbn = new ZxcvbnFactory({
  dictionary: { ...common.dictionary, ...en.dictionary },
  graphs: common.adjacencyGraphs,
});

export type PasswordRefusal =
  | { reason: "PASSWORD_TOO_SHORT"; params: { min: number } }
  | { reason: "PASSWORD_TOO_LONG"; params: { max: number } }
  | { reason: "PASSWORD_TOO_WEAK"; params: Record<string, never> }
  | { reason: "PASSWORD_MISMATCH"; params: Record<string, never> };

/** Null when the password may be used; `personal` are the person's name, e-mail and the like. */
export function checkNewPassword(password: string, repeated: string, personal: string[] = []): PasswordRefusal | null {
  if ([...password].length < PASSWORD_MIN_LENGTH) return { reason: "PASSWORD_TOO_SHORT", params: { min: PASSWORD_MIN_LENGTH } };
  if ([...password].length > PASSWORD_MAX_LENGTH) return { reason: "PASSWORD_TOO_LONG", params: { max: PASSWORD_MAX_LENGTH } };
  const inputs = personal.flatMap((p) => {
    const words = p.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter((w) => w.length >= 3);
    return [...words, words.join("")];
  });
  if (zxcvbn.check(password, inputs).score < PASSWORD_MIN_SCORE) return { reason: "PASSWORD_TOO_WEAK", params: {} };
  if (password !== repeated) return { reason: "PASSWORD_MISMATCH", params: {} };
  return null;
}
