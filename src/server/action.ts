import "server-only";
import type { z } from "zod";
import { headers } from "next/headers";
import { revalidatePath } from "next/cache";
import { getCurrentActor } from "./auth/session";
import { clientIpFrom } from "./auth/options";
import { executeCommand, type Command, type CommandResult } from "./command";

/** What a form gets back: the command's result plus, on failure, what the user typed. */
export type FormState<T = unknown> = (CommandResult<T> & { values?: Record<string, string> }) | null;

/** Runs a command for a server action: the session and client address come from the request. */
export async function runCommand<S extends z.ZodType, T>(command: Command<S, T>, raw: unknown, revalidate?: string): Promise<CommandResult<T>> {
  const [actor, h] = await Promise.all([getCurrentActor(), headers()]);
  const result = await executeCommand(command, actor, raw, { ip: clientIpFrom(h) });
  if (result.ok && revalidate) revalidatePath(revalidate);
  return result;
}

export async function runFormCommand<S extends z.ZodType, T>(command: Command<S, T>, formData: FormData, revalidate?: string): Promise<FormState<T>> {
  const result = await runCommand(command, formToObject(formData), revalidate);
  return result.ok ? result : { ...result, values: typedValues(formData) };
}

function typedValues(formData: FormData): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, value] of formData.entries()) if (typeof value === "string" && !key.startsWith("$")) out[key] = value.slice(0, 10_000);
  return out;
}

/**
 * Turns "parents.0.name"-style field names into nested objects and arrays, so one zod schema
 * validates the form and a hand-crafted request alike. Unsafe keys are dropped.
 */
export function formToObject(formData: FormData): Record<string, unknown> {
  const root: Record<string, unknown> = {};
  for (const [name, value] of formData.entries()) {
    if (typeof value !== "string" || name.startsWith("$")) continue;
    const parts = name.split(".");
    if (parts.some((p) => p === "__proto__" || p === "constructor" || p === "prototype" || p === "")) continue;
    let node: Record<string, unknown> | unknown[] = root;
    parts.forEach((part, i) => {
      const last = i === parts.length - 1;
      const key: string | number = Array.isArray(node) ? Number(part) : part;
      if (Array.isArray(node) && (!Number.isInteger(key) || (key as number) < 0 || (key as number) > 50)) return;
      const container = node as Record<string | number, unknown>;
      if (last) {
        // A repeated name (a group of checkboxes) becomes a list.
        const existing = container[key];
        container[key] = existing === undefined ? value : Array.isArray(existing) ? [...existing, value] : [existing, value];
        return;
      }
      const nextIsIndex = /^\d+$/.test(parts[i + 1]!);
      container[key] ??= nextIsIndex ? [] : {};
      node = container[key] as Record<string, unknown> | unknown[];
    });
  }
  return compactArrays(root) as Record<string, unknown>;
}

function compactArrays(value: unknown): unknown {
  if (Array.isArray(value)) return value.filter((v) => v !== undefined).map(compactArrays);
  if (value && typeof value === "object") return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, compactArrays(v)]));
  return value;
}
