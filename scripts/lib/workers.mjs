// How many server processes `npm start` runs. PostgreSQL: one per core unless WEB_CONCURRENCY says
// otherwise (the app keeps no state in memory; sessions, throttling and job locks are in the
// database). The embedded database: always one, since only one process may open its data folder.

/** @returns {{ count: number, reason: string }} */
export function workerCount(env, cores) {
  const embedded = !(env.DATABASE_URL ?? "").startsWith("postgres");
  const raw = (env.WEB_CONCURRENCY ?? "").trim();
  if (embedded) return { count: 1, reason: raw && raw !== "1" ? "embedded database: one process (WEB_CONCURRENCY applies to PostgreSQL only)" : "embedded database: one process" };
  if (!raw) return { count: Math.max(1, cores), reason: `one worker per core (${cores})` };
  if (!/^\d+$/.test(raw) || Number(raw) < 1 || Number(raw) > 64) throw new Error(`WEB_CONCURRENCY must be a whole number from 1 to 64, not "${raw}"`);
  return { count: Number(raw), reason: "WEB_CONCURRENCY" };
}
