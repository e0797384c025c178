// Applies prisma/migrations/*/migration.sql in order and records them in Prisma's own
// _prisma_migrations table (same checksum), so `prisma migrate status` agrees with the app.
// We do not run `prisma migrate deploy` at start-up: on PGlite only one process may open the
// data folder, and the app must migrate the very instance it then serves from.
import { createHash, randomUUID } from "node:crypto";
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";

export interface SqlExecutor {
  /** Runs a script of one or more statements without parameters. */
  exec(sql: string): Promise<void>;
  query<T>(sql: string, params?: unknown[]): Promise<T[]>;
}

export const MIGRATIONS_DIR = path.join(/*turbopackIgnore: true*/ process.cwd(), "prisma", "migrations");

export async function listMigrations(dir = MIGRATIONS_DIR): Promise<{ name: string; sql: string }[]> {
  const entries = (await readdir(dir, { withFileTypes: true })).filter((e) => e.isDirectory()).map((e) => e.name).sort();
  return Promise.all(entries.map(async (name) => ({ name, sql: await readFile(path.join(dir, name, "migration.sql"), "utf8") })));
}

/** True unless every migration in `dir` is recorded as applied (also when the log cannot be read). */
export async function hasPendingMigrations(db: SqlExecutor, dir = MIGRATIONS_DIR): Promise<boolean> {
  let done: Set<string>;
  try {
    done = new Set((await db.query<{ migration_name: string }>(
      `SELECT migration_name FROM "_prisma_migrations" WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL`,
    )).map((r) => r.migration_name));
  } catch {
    return true;
  }
  return (await listMigrations(dir)).some((m) => !done.has(m.name));
}

export async function applyMigrations(db: SqlExecutor, dir = MIGRATIONS_DIR): Promise<string[]> {
  // Two app processes starting at once against one PostgreSQL must not migrate twice.
  await db.query("SELECT pg_advisory_lock(7241001)");
  try {
    return await applyPending(db, dir);
  } finally {
    await db.query("SELECT pg_advisory_unlock(7241001)");
  }
}

async function applyPending(db: SqlExecutor, dir: string): Promise<string[]> {
  await db.exec(`CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
    "id" VARCHAR(36) PRIMARY KEY NOT NULL,
    "checksum" VARCHAR(64) NOT NULL,
    "finished_at" TIMESTAMPTZ,
    "migration_name" VARCHAR(255) NOT NULL,
    "logs" TEXT,
    "rolled_back_at" TIMESTAMPTZ,
    "started_at" TIMESTAMPTZ NOT NULL DEFAULT now(),
    "applied_steps_count" INTEGER NOT NULL DEFAULT 0)`);
  const done = new Set(
    (await db.query<{ migration_name: string }>(
      `SELECT migration_name FROM "_prisma_migrations" WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL`,
    )).map((r) => r.migration_name),
  );
  const applied: string[] = [];
  for (const m of await listMigrations(dir)) {
    if (done.has(m.name)) continue;
    const checksum = createHash("sha256").update(m.sql).digest("hex");
    await db.exec("BEGIN");
    try {
      await db.exec(m.sql);
      await db.query(
        `INSERT INTO "_prisma_migrations" (id, checksum, finished_at, migration_name, applied_steps_count) VALUES ($1, $2, now(), $3, 1)`,
        [randomUUID(), checksum, m.name],
      );
      await db.exec("COMMIT");
    } catch (error) {
      await db.exec("ROLLBACK").catch(() => undefined);
      throw new Error(`Migration ${m.name} failed: ${(error as Error).message}`, { cause: error });
    }
    applied.push(m.name);
  }
  return applied;
}
