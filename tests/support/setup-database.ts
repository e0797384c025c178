// Each test file gets its own empty, migrated database: in-memory PGlite by default, or a fresh
// schema in the PostgreSQL that TEST_DATABASE_URL / DATABASE_URL (postgresql://) points at.
import { randomBytes } from "node:crypto";
import { afterAll } from "vitest";
import pg from "pg";

const base = process.env.TEST_DATABASE_URL ?? process.env.DATABASE_URL ?? "";
let dropSchema: (() => Promise<void>) | null = null;

if (base.startsWith("postgres")) {
  const schema = `t_${randomBytes(6).toString("hex")}`;
  const url = new URL(base);
  url.searchParams.set("schema", schema);
  process.env.DATABASE_URL = url.toString();
  dropSchema = async () => {
    url.searchParams.delete("schema");
    const client = new pg.Client({ connectionString: url.toString() });
    await client.connect();
    await client.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
    await client.end();
  };
} else {
  process.env.DATABASE_URL = "memory:";
}

afterAll(async () => {
  const { closeDatabase } = await import("@/server/db");
  await closeDatabase();
  await dropSchema?.();
});
