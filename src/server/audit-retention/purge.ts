import type { PrismaClient } from "@/generated/prisma/client";

/** Days audit events are kept (AUDIT_RETENTION_DAYS, default 365; never less than 180). */
export function retentionDays(env: Record<string, string | undefined> = process.env): number {
  const days = Number(env.AUDIT_RETENTION_DAYS ?? 365);
  return Number.isFinite(days) ? Math.max(180, Math.floor(days)) : 365;
}

/**
 * Deletes audit events older than the retention period, in one transaction that alone carries the
 * flag the database trigger requires; returns how many were deleted. The app never calls this.
 */
export async function purgeAuditEvents(prisma: PrismaClient, days: number, now = new Date()): Promise<number> {
  const cutoff = new Date(now.getTime() - days * 86_400_000);
  return prisma.$transaction(async (tx) => {
    await tx.$executeRawUnsafe("SET LOCAL app.audit_retention = 'on'");
    return tx.$executeRaw`DELETE FROM "AuditEvent" WHERE "at" < ${cutoff}`;
  });
}
