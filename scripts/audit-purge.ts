// `npm run audit:purge`: deletes audit events older than AUDIT_RETENTION_DAYS (default 365, at least 180).
// Run it from cron or a scheduler; it is the only path that may delete audit events.
import { openDatabase } from "@/server/db/client";
import { describeTarget, resolveDatabaseTarget } from "@/server/db/engine";
import { purgeAuditEvents, retentionDays } from "@/server/audit-retention/purge";

const target = resolveDatabaseTarget();
const db = await openDatabase(target);
try {
  const days = retentionDays();
  const deleted = await purgeAuditEvents(db.prisma, days);
  console.log(`Deleted ${deleted} audit events older than ${days} days from ${describeTarget(target)}.`);
} finally {
  await db.close();
}
