import "server-only";
import type { AuditAction, AuditOutcome } from "@/generated/prisma/enums";
import type { Prisma } from "@/generated/prisma/client";
import type { Db } from "./db";
import type { Actor } from "./authz/actor";
import { currentClientIp } from "./request-meta";

export type Tx = Prisma.TransactionClient;

export interface AuditEntry {
  action: AuditAction;
  recordType: string;
  recordId?: string | null;
  familyId?: string | null;
  /** Defaults to the actor's; set it when a cross-municipality user (a site) touches a family. */
  municipalityId?: string | null;
  /** ACCESS_DENIED: the municipality owning the record that was tried, so it sees the attempt too. */
  targetMunicipalityId?: string | null;
  outcome?: AuditOutcome;
  details?: Prisma.InputJsonValue;
}

export interface RequestMeta {
  ip?: string | null;
}

function auditRow(actor: Pick<Actor, "id" | "email" | "municipalityId"> | null, entry: AuditEntry, meta: RequestMeta = {}) {
  return {
    actorId: actor?.id ?? null,
    actorEmail: actor?.email ?? null,
    action: entry.action,
    outcome: entry.outcome ?? (entry.action === "ACCESS_DENIED" ? ("DENIED" as const) : ("SUCCESS" as const)),
    recordType: entry.recordType,
    recordId: entry.recordId ?? null,
    familyId: entry.familyId ?? null,
    municipalityId: entry.municipalityId !== undefined ? entry.municipalityId : (actor?.municipalityId ?? null),
    targetMunicipalityId: entry.targetMunicipalityId ?? null,
    ip: meta.ip ?? null,
    details: entry.details,
  };
}

// Every row carries the client address: a caller that does not pass one (page reads) gets the
// address of the request being served.
async function withClientIp(meta: RequestMeta): Promise<RequestMeta> {
  return meta.ip !== undefined ? meta : { ...meta, ip: await currentClientIp() };
}

/** Writes one audit row. Pass the transaction client so the row commits or rolls back with the change. */
export async function writeAudit(db: Db | Tx, actor: Pick<Actor, "id" | "email" | "municipalityId"> | null, entry: AuditEntry, meta: RequestMeta = {}) {
  await db.auditEvent.create({ data: auditRow(actor, entry, await withClientIp(meta)) });
}

/**
 * A list that shows several families' data: one VIEW row per family (so "who saw family X" finds
 * it), written in one statement.
 */
export async function auditFamilyViews(db: Db | Tx, actor: Pick<Actor, "id" | "email" | "municipalityId">, recordType: string, families: Iterable<{ familyId: string; municipalityId?: string | null }>) {
  const seen = new Map<string, string | null | undefined>();
  for (const f of families) if (!seen.has(f.familyId)) seen.set(f.familyId, f.municipalityId);
  if (seen.size === 0) return;
  const meta = await withClientIp({});
  await db.auditEvent.createMany({
    data: [...seen].map(([familyId, municipalityId]) => auditRow(actor, { action: "VIEW", recordType, familyId, municipalityId: municipalityId ?? undefined }, meta)),
  });
}
