import { describe, expect, it } from "vitest";
import { getDb } from "@/server/db";
import { purgeAuditEvents, retentionDays } from "@/server/audit-retention/purge";

describe("audit log retention", () => {
  it("refuses updates and deletes from anyone but the retention job, which removes only old events", async () => {
    const db = await getDb();
    const now = new Date("2026-11-23T12:00:00Z");
    await db.auditEvent.createMany({ data: [
      { action: "VIEW", recordType: "Family", at: new Date("2025-01-01T00:00:00Z") },
      { action: "VIEW", recordType: "Family", at: new Date("2026-11-01T00:00:00Z") },
    ] });
    await expect(db.auditEvent.deleteMany({})).rejects.toThrow(/append-only/);
    await expect(db.auditEvent.updateMany({ data: { recordType: "X" } })).rejects.toThrow(/append-only/);
    expect(await purgeAuditEvents(db as never, 365, now)).toBe(1);
    expect(await db.auditEvent.count({ where: { at: { lt: new Date("2026-01-01T00:00:00Z") } } })).toBe(0);
    expect(await db.auditEvent.count({ where: { recordType: "Family" } })).toBe(1);
    await expect(db.auditEvent.deleteMany({})).rejects.toThrow(/append-only/);
  });

  it("never keeps less than six months", () => {
    expect(retentionDays({ AUDIT_RETENTION_DAYS: "30" })).toBe(180);
    expect(retentionDays({})).toBe(365);
  });
});
