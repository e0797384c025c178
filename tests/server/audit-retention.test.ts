import { describe, expect, it } from "vitest";
import { getDb } from "@/server/db";
import { purgeAuditEvents, retentionDays } from "@/server/audit-retention/purge";

const DAY = 86_400_000;

describe("audit log retention", () => {
  it("refuses updates and deletes from anyone but the retention function, which removes only old events and says so", async () => {
    const db = await getDb();
    const now = Date.now();
    await db.auditEvent.createMany({ data: [
      { action: "VIEW", recordType: "Family", recordId: "old", at: new Date(now - 400 * DAY) },
      { action: "VIEW", recordType: "Family", recordId: "recent", at: new Date(now - 300 * DAY) },
    ] });
    await expect(db.auditEvent.deleteMany({})).rejects.toThrow(/append-only/);
    await expect(db.auditEvent.updateMany({ data: { recordType: "X" } })).rejects.toThrow(/append-only/);
    await expect(purgeAuditEvents(db as never, 30)).rejects.toThrow(/at least 180 days/);
    expect(await purgeAuditEvents(db as never, 365)).toBe(1);
    expect((await db.auditEvent.findMany({ where: { recordType: "Family" }, select: { recordId: true } })).map((e) => e.recordId)).toEqual(["recent"]);
    const purge = await db.auditEvent.findFirstOrThrow({ where: { action: "AUDIT_PURGE" } });
    expect(purge.details).toMatchObject({ retentionDays: 365, deleted: 1 });
    await expect(db.auditEvent.deleteMany({})).rejects.toThrow(/append-only/);
  });

  it("never keeps less than six months", () => {
    expect(retentionDays({ AUDIT_RETENTION_DAYS: "30" })).toBe(180);
    expect(retentionDays({})).toBe(365);
  });
});
