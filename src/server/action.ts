import "server-only";
import type { z } from "zod";
import { headers } from "next/headers";
import { revalidatePath } from "next/cache";
import { getCurrentActor } from "./auth/session";
import { clientIpFrom } from "./request-meta";
import { executeCommand, type Command, type CommandResult } from "./command";
import { formToObject, HostileFormError } from "./form-data";
import { timed } from "./timing";
import { withTexts } from "./action-texts";

/** What a form gets back: the command's result plus, on failure, what the user typed. */
export type FormState<T = unknown> = (CommandResult<T> & { values?: Record<string, string> }) | null;

/** Runs a command for a server action: the session and client address come from the request. */
export async function runCommand<S extends z.ZodType, T>(command: Command<S, T>, raw: unknown, revalidate?: string): Promise<CommandResult<T>> {
  const [actor, h] = await Promise.all([getCurrentActor(), headers()]);
  const result = await timed("command", () => executeCommand(command, actor, raw, { ip: clientIpFrom(h) }));
  if (result.ok && revalidate) revalidatePath(revalidate);
  return withTexts(result);
}

/**
 * One field of a submitted form as text ("" when missing). Safe when the action was called with
 * something other than a form: a script-less post calls `action(formData)`, not `action(prev, formData)`.
 */
export function fieldOf(formData: unknown, name: string): string {
  const value = formData instanceof FormData ? formData.get(name) : null;
  return typeof value === "string" ? value.slice(0, 200) : "";
}

/** The answer to a post that is not a well-formed form (a script-less call, a hostile body): nothing ran. */
export function hostileForm(): Promise<FormState<never>> {
  return withTexts({ ok: false, code: "VALIDATION", fieldErrors: { _form: [{ key: "validation.invalid" }] } });
}

export async function runFormCommand<S extends z.ZodType, T>(command: Command<S, T>, formData: FormData, revalidate?: string): Promise<FormState<T>> {
  // Parsed before anything else runs: a hostile form is refused before it reaches the session,
  // the database or the command.
  if (!(formData instanceof FormData)) return hostileForm();
  let input: Record<string, unknown>;
  try {
    input = formToObject(formData.entries());
  } catch (error) {
    if (!(error instanceof HostileFormError)) throw error;
    return hostileForm();
  }
  const result = await runCommand(command, input, revalidate);
  return result.ok ? result : { ...result, values: typedValues(formData) };
}

function typedValues(formData: FormData): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, value] of formData.entries()) if (typeof value === "string" && !key.startsWith("$")) out[key] = value.slice(0, 10_000);
  return out;
}
