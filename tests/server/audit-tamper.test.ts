// The audit log cannot be quietly changed. On every engine the triggers refuse UPDATE, DELETE and
// TRUNCATE even to the tables' owner; on PostgreSQL the app serves as a second role that may only
// read and append, and old rows leave only through audit_purge().
import { randomBytes } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import pg from "pg";
import { getDb } from "@/server/db";
import { openDatabase, type OpenDatabase } from "@/server/db/client";
import { resolveDatabaseTarget } from "@/server/db/engine";
import { databaseMessage, purgeAuditEvents } from "@/server/audit-retention/purge";

const DAY = 86_400_000;
const target = resolveDatabaseTarget();

/** The database's reason for refusing a raw statement (the PGlite adapter hides it from the message). */
async function refusal(run: () => Promise<unknown>): Promise<string> {
  try {
    await run();
  } catch (error) {
    return databaseMessage(error) ?? (error as Error).message;
  }
  throw new Error("the statement was not refused");
}

describe("audit log triggers (every engine): the owner cannot change it either", () => {
  it("refuses UPDATE, DELETE and TRUNCATE from the tables' owner, and the old retention flag no longer opens DELETE", async () => {
    const db = await getDb();
    await db.auditEvent.create({ data: { action: "VIEW", recordType: "Family", recordId: "kept" } });
    expect(await refusal(() => db.$executeRaw`UPDATE "AuditEvent" SET "recordType" = 'X'`)).toMatch(/append-only/);
    expect(await refusal(() => db.$executeRaw`DELETE FROM "AuditEvent"`)).toMatch(/append-only/);
    expect(await refusal(() => db.$executeRaw`TRUNCATE "AuditEvent"`)).toMatch(/append-only/);
    expect(await refusal(() => db.$transaction(async (tx) => {
      await tx.$executeRawUnsafe("SET LOCAL app.audit_retention = 'on'");
      await tx.$executeRaw`DELETE FROM "AuditEvent"`;
    }))).toMatch(/append-only/);
    expect(await db.auditEvent.count({ where: { recordId: "kept" } })).toBe(1);
  });

  it("runs audit_purge with its owner's rights and a search_path of its own schema, not the caller's", async () => {
    const db = await getDb();
    const [fn] = await db.$queryRaw<{ secdef: boolean; config: string[] | null }[]>`
      SELECT p.prosecdef AS secdef, p.proconfig AS config FROM pg_proc p WHERE p.proname = 'audit_purge' AND p.pronamespace = current_schema()::regnamespace`;
    expect(fn?.secdef).toBe(true);
    const schema = target.engine === "postgres" ? target.schema : "public";
    expect(fn?.config).toEqual([`search_path=${schema}, pg_temp`]);
  });
});

if (target.engine === "postgres") {
  describe("audit log on PostgreSQL: the app role may read and append, nothing else", () => {
    const role = `t_app_${randomBytes(6).toString("hex")}`;
    const rootUrl = target.url;
    let root: pg.Client;
    let app: pg.Client;
    let served: OpenDatabase;

    beforeAll(async () => {
      const options = `-c search_path="${target.schema}"`;
      root = new pg.Client({ connectionString: rootUrl, options });
      await root.connect();
      await root.query(`CREATE ROLE "${role}" LOGIN`);
      const appUrl = new URL(rootUrl);
      appUrl.username = role;
      appUrl.password = "";
      // What `npm start` does with DATABASE_OWNER_URL set: migrate as the owner, grant, serve as the app role.
      served = await openDatabase({ engine: "postgres", url: appUrl.toString(), schema: target.schema, ownerUrl: rootUrl });
      app = new pg.Client({ connectionString: appUrl.toString(), options });
      await app.connect();
    });

    afterAll(async () => {
      await app?.end();
      await served?.close();
      await root.query(`DROP OWNED BY "${role}"`);
      await root.query(`DROP ROLE "${role}"`);
      await root.end();
    });

    async function appRefuses(sql: string): Promise<string> {
      return refusal(() => app.query(sql));
    }

    it("serves as the app role, which can append and read but not delete", async () => {
      const rows = await served.prisma.$queryRaw<{ who: string }[]>`SELECT current_user::text AS who`;
      expect(rows[0]?.who).toBe(role);
      await served.prisma.auditEvent.create({ data: { action: "VIEW", recordType: "Family", recordId: "served" } });
      expect(await served.prisma.auditEvent.count({ where: { recordId: "served" } })).toBe(1);
      await expect(served.prisma.auditEvent.deleteMany({ where: { recordId: "served" } })).rejects.toThrow();
      expect(await served.prisma.auditEvent.count({ where: { recordId: "served" } })).toBe(1);
    });

    it("refuses every way of changing or removing audit rows, with or without the retention flags", async () => {
      await app.query(`INSERT INTO "AuditEvent" (action, "recordType", "recordId") VALUES ('VIEW', 'Family', 'probe')`);
      expect((await app.query(`SELECT count(*)::int AS n FROM "AuditEvent" WHERE "recordId" = 'probe'`)).rows[0].n).toBe(1);

      expect(await appRefuses(`DELETE FROM "AuditEvent"`)).toMatch(/permission denied/);
      expect(await appRefuses(`UPDATE "AuditEvent" SET "recordType" = 'X'`)).toMatch(/permission denied/);
      expect(await appRefuses(`TRUNCATE "AuditEvent"`)).toMatch(/permission denied/);
      for (const flag of ["app.audit_retention", "audit.purging"]) {
        await app.query("BEGIN");
        await app.query(`SET LOCAL ${flag} = 'on'`);
        expect(await appRefuses(`DELETE FROM "AuditEvent"`)).toMatch(/permission denied/);
        await app.query("ROLLBACK");
      }
      expect(await appRefuses(`DROP TRIGGER "AuditEvent_no_update" ON "AuditEvent"`)).toMatch(/must be owner/);
      expect(await appRefuses(`ALTER TABLE "AuditEvent" DISABLE TRIGGER ALL`)).toMatch(/must be owner/);
      expect(await appRefuses(`ALTER TABLE "AuditEvent" DISABLE TRIGGER "AuditEvent_no_update"`)).toMatch(/must be owner/);
      expect(await appRefuses(`DROP TABLE "AuditEvent"`)).toMatch(/must be owner/);
      expect(await appRefuses(`CREATE OR REPLACE FUNCTION audit_event_append_only() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN OLD; END $$`)).toMatch(/must be owner|permission denied/);
      expect((await root.query(`SELECT count(*)::int AS n FROM "AuditEvent" WHERE "recordId" = 'probe'`)).rows[0].n).toBe(1);
    });

    it("lets a role that was wrongly granted DELETE set the purge flag and still delete nothing: only the owner passes", async () => {
      await root.query(`GRANT DELETE ON "AuditEvent" TO "${role}"`);
      try {
        await app.query("BEGIN");
        await app.query(`SELECT set_config('audit.purging', 'on', true)`);
        expect(await appRefuses(`DELETE FROM "AuditEvent"`)).toMatch(/append-only/);
        await app.query("ROLLBACK");
      } finally {
        await root.query(`REVOKE DELETE ON "AuditEvent" FROM "${role}"`);
      }
    });

    it("purges through audit_purge only: under 180 days is refused, older rows go, newer stay, and the purge is logged", async () => {
      const now = Date.now();
      await root.query(`INSERT INTO "AuditEvent" (action, "recordType", "recordId", at) VALUES ('VIEW', 'Family', 'purge-old', $1), ('VIEW', 'Family', 'purge-new', $2)`,
        [new Date(now - 200 * DAY), new Date(now - 170 * DAY)]);
      expect(await appRefuses(`SELECT audit_purge(10)`)).toMatch(/at least 180 days/);
      const { rows } = await app.query(`SELECT audit_purge(180)::int AS deleted`);
      expect(rows[0].deleted).toBe(1);
      const left = (await app.query(`SELECT "recordId" FROM "AuditEvent" WHERE "recordId" LIKE 'purge-%'`)).rows.map((r) => r.recordId);
      expect(left).toEqual(["purge-new"]);
      const log = (await app.query(`SELECT "actorEmail", details FROM "AuditEvent" WHERE action = 'AUDIT_PURGE' ORDER BY id DESC LIMIT 1`)).rows[0];
      expect(log.actorEmail).toBe(role);
      expect(log.details).toMatchObject({ retentionDays: 180, deleted: 1 });
      // The flag the purge set is off again for the rest of the caller's transaction.
      expect((await app.query(`SELECT coalesce(current_setting('audit.purging', true), '') AS flag`)).rows[0].flag).not.toBe("on");
    });

    it("lets the app role alone open the migrated database and run the retention job (no DDL rights needed)", async () => {
      const alone = await openDatabase({ engine: "postgres", url: new URL(served.target.engine === "postgres" ? served.target.url : "").toString(), schema: target.schema });
      try {
        expect(await purgeAuditEvents(alone.prisma, 365)).toBe(0);
      } finally {
        await alone.close();
      }
    });

    it("keeps the case tables writable for the app role", async () => {
      const code = `t${randomBytes(4).toString("hex")}`;
      await app.query(`INSERT INTO "Municipality" (id, code, name, "updatedAt") VALUES ($1, $1, 'Prøvekommune', now())`, [code]);
      await app.query(`UPDATE "Municipality" SET name = 'Omdøbt' WHERE id = $1`, [code]);
      expect((await app.query(`SELECT name FROM "Municipality" WHERE id = $1`, [code])).rows[0].name).toBe("Omdøbt");
      await app.query(`DELETE FROM "Municipality" WHERE id = $1`, [code]);
      expect((await app.query(`SELECT count(*)::int AS n FROM "Municipality" WHERE id = $1`, [code])).rows[0].n).toBe(0);
      expect(await appRefuses(`DELETE FROM "_prisma_migrations"`)).toMatch(/permission denied/);
    });
  });
} else {
  describe("audit log on embedded PGlite: one superuser, so the triggers are the protection", () => {
    it("still purges only through audit_purge, which refuses under 180 days", async () => {
      const db = await getDb();
      expect(await refusal(() => db.$queryRaw`SELECT audit_purge(${10}::integer)`)).toMatch(/at least 180 days/);
      const rows = await db.$queryRaw<{ n: bigint }[]>`SELECT audit_purge(${180}::integer) AS n`;
      expect(Number(rows[0]?.n)).toBe(0);
      expect(await db.auditEvent.count({ where: { action: "AUDIT_PURGE" } })).toBe(1);
    });
  });
}
