import type { PrismaClient } from "@/generated/prisma/client";

/** Days audit events are kept (AUDIT_RETENTION_DAYS, default 365; never less than 180). */
export function retentionDays(env: Record<string, string | undefined> = process.env): number {
  const days = Number(env.AUDIT_RETENTION_DAYS ?? 365);
  return Number.isFinite(days) ? Math.max(180, Math.floor(days)) : 365;
}

/**
 * Deletes audit events older than the retention period through the database's audit_purge(), the
 * only path past the append-only triggers (it refuses under 180 days and logs an AUDIT_PURGE row);
 * returns how many were deleted. The app never calls this.
 */
export async function purgeAuditEvents(prisma: PrismaClient, days: number): Promise<number> {
  try {
    const [row] = await prisma.$queryRaw<{ deleted: bigint | number }[]>`SELECT audit_purge(${days}::integer) AS deleted`;
    return Number(row?.deleted ?? 0);
  } catch (error) {
    // Through a driver adapter Prisma reports "Message: undefined"; the operator needs the database's reason.
    throw new Error(databaseMessage(error) ?? (error as Error).message, { cause: error });
  }
}

/** The database's own error text from a Prisma driver-adapter error, if there is one. */
export function databaseMessage(error: unknown): string | undefined {
  const meta = (error as { meta?: { driverAdapterError?: { cause?: { message?: unknown } } } } | null)?.meta;
  const message = meta?.driverAdapterError?.cause?.message;
  return typeof message === "string" ? message : undefined;
}
