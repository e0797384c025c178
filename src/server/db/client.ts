// Builds a Prisma client for a database target, migrated and ready. Used by the app's singleton
// (index.ts), the scripts and the tests, so all three run the same code on both engines.
import { PGlite } from "@electric-sql/pglite";
import { PrismaPGlite } from "pglite-prisma-adapter";
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { PrismaClient } from "@/generated/prisma/client";
import { applyMigrations, hasPendingMigrations, type SqlExecutor } from "./migrate";
import { grantAppRole, roleOfUrl } from "./roles";
import type { DatabaseTarget } from "./engine";

export type Db = PrismaClient;

export interface OpenDatabase {
  prisma: Db;
  target: DatabaseTarget;
  close(): Promise<void>;
}

const baseOptions = { omit: { user: { passwordHash: true } } } as const;
// The query-plan test reads the SQL the app sends; nothing else pays for the events.
const clientOptions = () => (process.env.PRISMA_QUERY_EVENTS === "1" ? { ...baseOptions, log: [{ emit: "event" as const, level: "query" as const }] } : baseOptions);

export async function openDatabase(target: DatabaseTarget, opts: { migrate?: boolean } = {}): Promise<OpenDatabase> {
  const migrate = opts.migrate ?? true;
  if (target.engine === "pglite") {
    const lite = target.dataDir ? new PGlite(target.dataDir) : new PGlite();
    await lite.waitReady;
    if (migrate) await applyMigrations(pgliteExecutor(lite));
    // The embedded database lives in memory or on local disk too: same planner cost as below, so the
    // plans checked on PGlite (tests/server/query-plans.test.ts) are the ones PostgreSQL picks.
    await lite.exec(`SET random_page_cost = ${randomPageCost()}`);
    const prisma = new PrismaClient({ adapter: pgliteAdapter(lite), ...clientOptions() }) as unknown as Db;
    return { prisma, target, close: async () => { await prisma.$disconnect(); await lite.close(); } };
  }
  const searchPath = { options: `-c search_path="${target.schema}"` };
  if (migrate) {
    const client = new pg.Client({ connectionString: target.ownerUrl ?? target.url, ...searchPath });
    await client.connect();
    try {
      // Without the owner's URL the app role may lack the right to create anything (its migrations
      // were applied by the owner elsewhere): with nothing pending it starts without trying.
      if (target.ownerUrl || await hasPendingMigrations(pgExecutor(client))) {
        await client.query(`CREATE SCHEMA IF NOT EXISTS "${target.schema}"`);
        await applyMigrations(pgExecutor(client));
      }
      const appRole = roleOfUrl(target.url);
      if (target.ownerUrl && appRole !== roleOfUrl(target.ownerUrl)) await grantAppRole(pgExecutor(client), target.schema, appRole);
    } finally {
      await client.end();
    }
  }
  // The planner's default random_page_cost (4) assumes spinning disks; with the case tables on SSD or
  // in memory it prefers scanning all 2M goal ratings to 20,000 index lookups. 1.1 is PostgreSQL's
  // usual advice for SSDs; PG_RANDOM_PAGE_COST overrides it (docs/performance.md).
  const planner = ` -c random_page_cost=${randomPageCost()}`;
  const pool = new pg.Pool({ connectionString: target.url, max: Number(process.env.DATABASE_POOL_SIZE ?? 10), options: searchPath.options + planner });
  const prisma = new PrismaClient({ adapter: new PrismaPg(pool, { schema: target.schema }), ...clientOptions() }) as unknown as Db;
  return { prisma, target, close: async () => { await prisma.$disconnect(); await pool.end(); } };
}

function randomPageCost(): number {
  const cost = Number(process.env.PG_RANDOM_PAGE_COST || 1.1);
  return Number.isFinite(cost) && cost > 0 ? cost : 1.1;
}

// pglite-prisma-adapter carries its own copy of Prisma's adapter types; at run time they agree.
function pgliteAdapter(lite: PGlite): PrismaPg {
  return new PrismaPGlite(lite) as unknown as PrismaPg;
}

function pgliteExecutor(lite: PGlite): SqlExecutor {
  return {
    exec: async (sql) => { await lite.exec(sql); },
    query: async <T>(sql: string, params: unknown[] = []) => (await lite.query<T>(sql, params)).rows,
  };
}

function pgExecutor(client: pg.Client): SqlExecutor {
  return {
    exec: async (sql) => { await client.query(sql); },
    query: async <T>(sql: string, params: unknown[] = []) => (await client.query(sql, params)).rows as T[],
  };
}
