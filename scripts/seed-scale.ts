// `npm run seed:scale`: national-scale test data for load and query-plan work, PostgreSQL only.
//   DATABASE_URL='postgresql://user@host:5432/db?schema=scale' npm run seed:scale
//   ... -- --municipalities 3 --families 60 --years 1          (a small run)
//   ... -- --force                                              (empties the schema's data tables first)
// Defaults: 98 municipalities, 20,000 families, 3 years of history (≈ 1M follow-ups, 5M audit events).
// Every generated user logs in with the same password (printed at the end). Never run it against a
// database with real people's data: --force truncates every data table of the schema.
import { parseArgs } from "node:util";
import pg from "pg";
import { openDatabase } from "@/server/db/client";
import { describeTarget, resolveDatabaseTarget } from "@/server/db/engine";
import { hashPassword } from "@/server/auth/password";
import { isValidCalendarDate, todayInCopenhagen } from "@/domain/method";
import { DEMO_MUNICIPALITY_CODE } from "@/server/demo/seed-demo";
import { FULL_SCALE, generateScaleData, planMunicipalities, type ScaleExecutor } from "./lib/scale-sql";

const started = performance.now();
const elapsed = () => `${((performance.now() - started) / 1000).toFixed(1).padStart(6)}s`;

function fail(message: string): never {
  console.error(`seed:scale: ${message}`);
  process.exit(1);
}

const { values: args } = parseArgs({
  options: {
    municipalities: { type: "string" },
    families: { type: "string" },
    years: { type: "string" },
    sites: { type: "string" },
    "audit-events": { type: "string" },
    today: { type: "string" },
    password: { type: "string", default: "scale1234" },
    seed: { type: "string" },
    force: { type: "boolean", default: false },
    help: { type: "boolean", default: false },
  },
  strict: true,
});

if (args.help) {
  console.log(`Usage: DATABASE_URL=postgresql://...?schema=name tsx --conditions=react-server scripts/seed-scale.ts [options]
  --municipalities N   (default ${FULL_SCALE.municipalities}, at most 98)
  --families N         (default ${FULL_SCALE.families})
  --years N            (default ${FULL_SCALE.years})
  --sites N            placement sites (default families / 50)
  --audit-events N     (default families × years × 250 / 3)
  --today YYYY-MM-DD   (default today in Copenhagen)
  --password TEXT      shared by every generated user (default scale1234)
  --seed X             setseed() value in [-1, 1] for repeatable data
  --force              truncate the schema's data tables first`);
  process.exit(0);
}

const int = (name: string, value: string | undefined, fallback?: number): number | undefined => {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) fail(`--${name} must be a positive whole number`);
  return n;
};

const url = (process.env.DATABASE_URL ?? "").trim();
if (!/^postgres(ql)?:\/\//.test(url)) {
  fail(`refusing to run: DATABASE_URL must point at PostgreSQL (postgresql://...?schema=name); it is ${url ? `"${url.split(":")[0]}:..."` : "not set"}. ` +
    "The generator writes millions of rows; the embedded PGlite is not meant for that.");
}
const target = resolveDatabaseTarget(url);
if (target.engine !== "postgres") fail("DATABASE_URL must point at PostgreSQL");

const today = args.today ?? todayInCopenhagen(new Date());
if (!isValidCalendarDate(today)) fail("--today must be a date YYYY-MM-DD");
const seed = args.seed === undefined ? undefined : Number(args.seed);
if (seed !== undefined && !(seed >= -1 && seed <= 1)) fail("--seed must lie between -1 and 1");
const options = {
  municipalities: int("municipalities", args.municipalities, FULL_SCALE.municipalities)!,
  families: int("families", args.families, FULL_SCALE.families)!,
  years: int("years", args.years, FULL_SCALE.years)!,
  sites: int("sites", args.sites),
  auditEvents: int("audit-events", args["audit-events"]),
  today,
  seed,
};
try {
  planMunicipalities(options);
} catch (error) {
  fail((error as Error).message);
}

console.log(`${elapsed()}  target ${describeTarget(target)}`);
// openDatabase applies pending migrations (and creates the schema), exactly as the app does.
await (await openDatabase(target)).close();
console.log(`${elapsed()}  migrations applied`);

const client = new pg.Client({ connectionString: target.url, options: `-c search_path="${target.schema}"` });
await client.connect();
const db: ScaleExecutor = { query: async <T>(sql: string, params?: unknown[]) => (await client.query(sql, params)).rows as T[] };
try {
  const [existing] = await db.query<{ municipalities: number; users: number }>(
    `SELECT (SELECT count(*) FROM "Municipality" WHERE code <> $1)::int AS municipalities,
            (SELECT count(*) FROM "User" u LEFT JOIN "Municipality" m ON m.id = u."municipalityId"
              WHERE coalesce(m.code, '') <> $1 AND u.email NOT LIKE '%@demo.local')::int AS users`,
    [DEMO_MUNICIPALITY_CODE],
  );
  const occupied = (existing?.municipalities ?? 0) > 0 || (existing?.users ?? 0) > 0;
  if (occupied && !args.force) {
    fail(`schema "${target.schema}" already holds more than the demo municipality (${existing!.municipalities} other municipalities, ` +
      `${existing!.users} other users). Use an empty schema, or --force to truncate its data tables first.`);
  }

  // Every table of the schema but Prisma's migration log, read from the catalog so that tables added
  // by later migrations are truncated, analysed and counted too.
  const tables = (await db.query<{ name: string }>(
    `SELECT tablename::text AS name FROM pg_tables WHERE schemaname = current_schema() AND tablename <> '_prisma_migrations' ORDER BY 1`,
  )).map((r) => r.name);
  const quoted = tables.map((name) => `"${name.replace(/"/g, '""')}"`).join(", ");

  const passwordHash = await hashPassword(args.password);
  // Session settings for a bulk load: big sorts and hashes in memory, temp tables in RAM. They
  // change nothing that lasts; synchronous_commit only affects this session's single commit.
  for (const sql of ["SET work_mem = '256MB'", "SET maintenance_work_mem = '512MB'", "SET temp_buffers = '512MB'", "SET synchronous_commit = off"]) {
    await client.query(sql);
  }
  await client.query("BEGIN");
  try {
    if (args.force) {
      // A deliberate wipe of a scale-test schema by the tables' owner: only an owner may switch off the
      // trigger that refuses TRUNCATE on the audit log, and only for this transaction.
      await client.query(`ALTER TABLE "AuditEvent" DISABLE TRIGGER "AuditEvent_no_truncate"`);
      await client.query(`TRUNCATE ${quoted} RESTART IDENTITY CASCADE`);
      await client.query(`ALTER TABLE "AuditEvent" ENABLE TRIGGER "AuditEvent_no_truncate"`);
      console.log(`${elapsed()}  data tables truncated (--force)`);
    }
    await generateScaleData(db, { ...options, passwordHash, deferIndexes: true }, (r) => console.log(`${elapsed()}  ${r.step.padEnd(42)} ${r.seconds.toFixed(1).padStart(7)}s`));
    await client.query("COMMIT");
  } catch (error) {
    await client.query("ROLLBACK").catch(() => undefined);
    throw error;
  }
  console.log(`${elapsed()}  committed`);

  const t = performance.now();
  await client.query(`ANALYZE ${quoted}`);
  console.log(`${elapsed()}  ${"ANALYZE".padEnd(42)} ${((performance.now() - t) / 1000).toFixed(1).padStart(7)}s`);

  const [counts] = await db.query<Record<string, number>>(
    `SELECT ${tables.map((name) => `(SELECT count(*) FROM "${name}")::int AS "${name}"`).join(", ")}`,
  );
  console.log("\nRows per table");
  for (const name of tables) console.log(`  ${name.padEnd(22)} ${String(counts?.[name] ?? 0).padStart(10)}`);
  const [phases] = await db.query<Record<string, number>>(
    `SELECT count(*) FILTER (WHERE "stage" = 'START_UP')::int AS "START_UP", count(*) FILTER (WHERE "stage" = 'CHANGE')::int AS "CHANGE",
            count(*) FILTER (WHERE "stage" = 'MAINTENANCE')::int AS "MAINTENANCE", count(*) FILTER (WHERE "stage" = 'CLOSED')::int AS "CLOSED"
     FROM "Family"`,
  );
  console.log(`\nFamilies by phase: ${Object.entries(phases ?? {}).map(([k, v]) => `${k} ${v}`).join(", ")}`);
  const code = planMunicipalities(options)[0]!.code;
  console.log(`Logins (every generated user, password "${args.password}"): cw1.${code}@scale.local, th1.${code}@scale.local, ` +
    `cons1.${code}@scale.local, coord1.${code}@scale.local, admin1.${code}@scale.local, site1.1@scale.local`);
  console.log(`${elapsed()}  done`);
} finally {
  await client.end();
}
