import "server-only";
import type { z } from "zod";
import { Prisma } from "@/generated/prisma/client";
import { todayInCopenhagen, type CalendarDate } from "@/domain/method";
import { getDb, type Db } from "./db";
import { writeAudit, type AuditEntry, type RequestMeta, type Tx } from "./audit";
import { targetMunicipalityOf } from "./audit-target";
import type { Actor } from "./authz/actor";
import { roleMay, type Permission } from "./authz/policy";
import { AppError, type ErrorCode, type FieldErrors } from "./errors";
import { zodFieldErrors } from "./validation";

// Every change to the data goes through one of these: session -> zod parse -> role permission ->
// domain rule + scoped write inside one transaction with its audit row -> one result shape.

export type CommandResult<T> =
  | { ok: true; data: T }
  | {
    ok: false; code: ErrorCode | "INTERNAL"; reason?: string; params?: Record<string, string | number>; fieldErrors?: FieldErrors;
    /** The summary and the reason in the user's language, added by the server action (action-texts.ts). */
    texts?: { code: string; reason?: string };
  };

export interface CommandContext {
  actor: Actor;
  tx: Tx;
  today: CalendarDate;
  now: Date;
  audit(entry: AuditEntry): Promise<void>;
}

export interface Command<S extends z.ZodType, T> {
  name: string;
  permission: Permission;
  input: S;
  run(ctx: CommandContext, input: z.output<S>): Promise<T>;
}

export function defineCommand<S extends z.ZodType, T>(def: Command<S, T>): Command<S, T> {
  return def;
}

export interface ExecuteOptions extends RequestMeta {
  db?: Db;
  now?: Date;
}

const MAX_ATTEMPTS = 3;

export async function executeCommand<S extends z.ZodType, T>(
  command: Command<S, T>,
  actor: Actor | null,
  raw: unknown,
  opts: ExecuteOptions = {},
): Promise<CommandResult<T>> {
  if (!actor) return { ok: false, code: "UNAUTHENTICATED" };
  const db = opts.db ?? (await getDb());
  const parsed = command.input.safeParse(raw);
  if (!parsed.success) return { ok: false, code: "VALIDATION", fieldErrors: zodFieldErrors(parsed.error) };
  if (!roleMay(actor.role, command.permission)) return denied(db, actor, command, parsed.data, opts);

  const now = opts.now ?? new Date();
  for (let attempt = 1; ; attempt++) {
    try {
      const data = await db.$transaction(
        async (tx) => {
          const ctx: CommandContext = {
            actor, tx, now, today: todayInCopenhagen(now),
            audit: (entry) => writeAudit(tx, actor, entry, opts),
          };
          return command.run(ctx, parsed.data);
        },
        { timeout: 20_000, maxWait: 10_000 },
      );
      return { ok: true, data };
    } catch (error) {
      if (error instanceof AppError) {
        if (error.code === "NOT_FOUND") return denied(db, actor, command, parsed.data, opts);
        return { ok: false, code: error.code, reason: error.extra.reason, params: error.extra.params, fieldErrors: error.extra.fieldErrors };
      }
      if (isRetryable(error) && attempt < MAX_ATTEMPTS) continue;
      if (isUniqueViolation(error)) return { ok: false, code: "CONFLICT" };
      console.error(`[command ${command.name}]`, error);
      return { ok: false, code: "INTERNAL" };
    }
  }
}

async function denied<T>(db: Db, actor: Actor, command: Command<z.ZodType, unknown>, input: unknown, meta: RequestMeta): Promise<CommandResult<T>> {
  // Outside the (rolled back) transaction: the attempt itself must stay on record.
  const ids = idsOf(input);
  const targetMunicipalityId = await targetMunicipalityOf(db, ids);
  await writeAudit(db, actor, { action: "ACCESS_DENIED", recordType: command.name, recordId: primaryId(input), targetMunicipalityId, details: { ids } }, meta);
  return { ok: false, code: "NOT_FOUND" };
}

function idsOf(input: unknown): Record<string, string> {
  const out: Record<string, string> = {};
  if (input && typeof input === "object") {
    for (const [k, v] of Object.entries(input)) if (/id$/i.test(k) && typeof v === "string") out[k] = v.slice(0, 64);
  }
  return out;
}

function primaryId(input: unknown): string | null {
  const ids = idsOf(input);
  return ids.familyId ?? ids.id ?? Object.values(ids)[0] ?? null;
}

function isRetryable(error: unknown): boolean {
  return error instanceof Prisma.PrismaClientKnownRequestError && (error.code === "P2034" || /40001|40P01/.test(error.message));
}

function isUniqueViolation(error: unknown): boolean {
  return error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002";
}
