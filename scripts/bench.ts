// `npm run bench`: a load benchmark over real HTTP with logged-in users, against the scale data.
//   DATABASE_URL='postgresql://user@host:5432/db?schema=public' npm run bench -- [options]
// Builds the app if stale, starts the production server (scripts/server.mjs) on a free port, logs in several caseworkers, therapists
// and the coordinator of the largest municipality, and measures each scenario with C concurrent
// clients after a warm-up. Every answer is checked (status, the page's own marker, or the CSV), saves
// go through the app's real server actions (the request format recorded once from Chromium) and their
// rows are counted with SQL before and after. The server's RSS is sampled from /proc throughout.
// Exit code 1 when any request failed or a save left the wrong number of rows.
import { randomBytes } from "node:crypto";
import { readFileSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import type pg from "pg";
import { ActionTemplate } from "./lib/bench/actions";
import { HttpClient, Session, htmlEscape } from "./lib/bench/http";
import { recordSave } from "./lib/bench/recorder";
import { startLimit, type LimitServer } from "./lib/bench/limit";
import {
  SCENARIO_NAMES, csvCheck, followUpFields, followUpSaveScenario, htmlCheck, loadFollowUpForm, loadPlanForm, pageScenario, planSaveScenario,
  type FollowUpForm, type PlanTarget, type Sample, type Scenario, type ScenarioName, type Worker,
} from "./lib/bench/scenarios";
import { MemorySampler, buildIfStaleWithRetries, postgresCpuSeconds, treeCpuSeconds, startServer, type RunningServer } from "./lib/bench/server";
import { fmt, formatTable, linearFit, summarize, type LatencySummary } from "./lib/bench/stats";
import {
  assertScaleData, connect, countFollowUps, countPlanWrites, pendingMigrations, pickMatchingTargets, pickTargets, type MatchingTargets, type Targets,
} from "./lib/bench/targets";

const ROOT = path.resolve(import.meta.dirname, "..");
const PASSWORD = process.env.BENCH_PASSWORD ?? "scale1234";
const log = (m: string) => console.log(`[bench] ${m}`);

function fail(message: string): never {
  console.error(`bench: ${message}`);
  process.exit(2);
}

const { values: args } = parseArgs({
  options: {
    concurrency: { type: "string", short: "c", default: "8" },
    duration: { type: "string", short: "d", default: "20" },
    warmup: { type: "string", default: "3" },
    only: { type: "string" },
    soak: { type: "string" },
    json: { type: "string" },
    "sample-every": { type: "string", default: "2" },
    "build-retries": { type: "string", default: "3" },
    "cpu-prof": { type: "string" },
    workers: { type: "string", default: "1" },
    help: { type: "boolean", short: "h", default: false },
  },
  strict: true,
});

if (args.help) {
  console.log(`Usage: DATABASE_URL=postgresql://...scale... npm run bench -- [options]
  --concurrency N      concurrent clients per scenario (default 8)
  --duration S         measured seconds per scenario (default 20)
  --warmup S           unmeasured warm-up seconds per scenario (default 3)
  --only a,b           scenarios: ${SCENARIO_NAMES.join(", ")}
  --soak M             instead: a mixed run over all page scenarios for M minutes, RSS per minute
  --json FILE          write the results as JSON
  --sample-every S     RSS sampling interval (default 2)
  --build-retries N    retries of a failing next build, a minute apart (default 3)
  --workers N          server processes (WEB_CONCURRENCY; default 1, so figures compare across machines)
  --cpu-prof DIR       run the server with node --cpu-prof and write its V8 CPU profile to DIR at the end
                       (open it in Chrome DevTools → Performance, or speedscope)
Environment: BENCH_PASSWORD (default scale1234); BENCH_DEBUG=1 writes the recorded and replayed action
requests to /tmp/bench-debug-*.txt; CHROMIUM_PATH (default /usr/bin/chromium) for the one-off recording.`);
  process.exit(0);
}

const num = (name: string, value: string | undefined, min: number): number => {
  const n = Number(value);
  if (!Number.isFinite(n) || n < min) fail(`--${name} must be a number ≥ ${min}`);
  return n;
};
const concurrency = Math.floor(num("concurrency", args.concurrency, 1));
const serverWorkers = Math.floor(num("workers", args.workers, 1));
const durationS = num("duration", args.duration, 1);
const warmupS = num("warmup", args.warmup, 0);
const sampleEveryS = num("sample-every", args["sample-every"], 0.5);
const soakMinutes = args.soak === undefined ? null : num("soak", args.soak, 0.1);
const normalize = (s: string) => s.trim().toLowerCase().replace(/[\s_]+/g, "-");
const only = args.only ? args.only.split(",").map(normalize).filter(Boolean) : null;
for (const name of only ?? []) if (!(SCENARIO_NAMES as readonly string[]).includes(name)) fail(`unknown scenario "${name}"; known: ${SCENARIO_NAMES.join(", ")}`);
const PAGE_SCENARIOS: ScenarioName[] = [
  "floor", "caseworker-home", "family-page", "therapist-home", "coordinator-overview", "csv-export",
  "matching-list", "matching-case", "matching-candidates", "site-referrals", "coordinator-statistics",
];
const selected: ScenarioName[] = soakMinutes !== null ? PAGE_SCENARIOS.filter((s) => !only || only.includes(s)) : SCENARIO_NAMES.filter((s) => !only || only.includes(s));
if (selected.length === 0) fail("no scenario selected");

// 1. Only against PostgreSQL holding the scale data.
const databaseUrl = (process.env.DATABASE_URL ?? "").trim();
if (!/^postgres(ql)?:\/\//.test(databaseUrl)) {
  fail(`refusing to run: DATABASE_URL must be a postgresql:// URL of the scale database (npm run seed:scale); it is ${databaseUrl ? `"${databaseUrl.split(":")[0]}:..."` : "not set"}`);
}
let db: pg.Client;
try {
  db = await connect(databaseUrl);
} catch (error) {
  fail(`cannot connect to DATABASE_URL: ${(error as Error).message}`);
}
let scale: { users: number; families: number };
try {
  scale = await assertScaleData(db);
} catch (error) {
  await db.end();
  fail(`refusing to run: ${(error as Error).message}`);
}

// The machine.
const cpuModel = /^model name\s*:\s*(.+)$/m.exec(readFileSync("/proc/cpuinfo", "utf8"))?.[1] ?? os.cpus()[0]?.model ?? "?";
const pgVersion = (await db.query<{ v: string }>("SELECT current_setting('server_version') AS v")).rows[0]?.v ?? "?";
const pgSettings = (await db.query<{ name: string; setting: string; unit: string | null }>(
  `SELECT name, setting, unit FROM pg_settings WHERE name IN ('shared_buffers', 'work_mem', 'max_connections', 'effective_cache_size') ORDER BY name`,
)).rows.map((r) => `${r.name}=${r.setting}${r.unit ?? ""}`).join(" ");
const machine = {
  cpu: cpuModel, cores: os.cpus().length, ramGb: Math.round(os.totalmem() / 2 ** 30 * 10) / 10, node: process.version,
  postgres: pgVersion, postgresSettings: pgSettings, kernel: `${os.type()} ${os.release()}`,
};
console.log(`Machine: ${machine.cpu}, ${machine.cores} cores, ${machine.ramGb} GB RAM, ${machine.kernel}; Node ${machine.node}; PostgreSQL ${machine.postgres} (${pgSettings})`);
console.log(`Data: ${scale.families} families, ${scale.users} @scale.local users; concurrency ${concurrency}, ` +
  (soakMinutes !== null ? `soak ${soakMinutes} min` : `${durationS} s per scenario after ${warmupS} s warm-up`));

const dbIsLocal = ["127.0.0.1", "localhost", "[::1]", "::1"].includes(new URL(databaseUrl).hostname);
const dbCpu = () => (dbIsLocal ? postgresCpuSeconds() : null);
const pct = (a: number | null, b: number | null, seconds: number) => (a !== null && b !== null ? ((b - a) / seconds) * 100 : null);

const pending = await pendingMigrations(db, ROOT);
if (pending.length) log(`note: the server will apply ${pending.length} pending migration(s) at start: ${pending.join(", ")}`);

// 3. Targets.
const targets: Targets = await pickTargets(db, concurrency);
const muni = targets.municipality;
const wantsMatching = selected.some((n) => n.startsWith("matching-") || n === "site-referrals");
const matching: MatchingTargets | null = wantsMatching ? await pickMatchingTargets(db, muni.id) : null;
if (matching) log(`matching: ${matching.cases.length} cases of ${matching.caseworker.email}, referrals read by ${matching.site.email}`);
log(`largest municipality ${muni.name} (${muni.code}, ${muni.families} families); ${targets.caseworkers.length} caseworkers ` +
  `(most assigned: ${targets.caseworkers[0]!.email}, ${targets.caseworkers[0]!.assigned} families), ${targets.therapists.length} therapists, coordinator ${targets.coordinator.email}`);

// 2. Build and start the server.
let server: RunningServer | null = null;
let sampler: MemorySampler | null = null;
let client: HttpClient | null = null;
let limit: LimitServer | null = null;
async function shutdown(): Promise<void> {
  sampler?.stop();
  client?.close();
  await limit?.stop().catch(() => undefined);
  await server?.stop();
  await db.end().catch(() => undefined);
}
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.on(signal, () => {
    console.error(`\nbench: ${signal}, stopping the server`);
    void shutdown().finally(() => process.exit(130));
  });
}

const runId = randomBytes(4).toString("hex");
const requestIdPrefix = `bench-${runId}-`;

interface ScenarioResult {
  name: string;
  title: string;
  requests: number;
  errors: number;
  seconds: number;
  throughput: number;
  latency: LatencySummary;
  avgKb: number;
  /** CPU of the Node server process, in % of one core. */
  serverCpuPct: number | null;
  /** CPU of all local PostgreSQL processes, in % of one core (null for a remote database). */
  dbCpuPct: number | null;
  /** GETs re-sent after a keep-alive race (see HttpClient.request). */
  retries: number;
  /** p50/p95 of each part of the server's Server-Timing header (session, command, render, total). */
  serverTiming: Record<string, LatencySummary>;
  warmup: { requests: number; errors: number };
  errorSamples: string[];
}

class Collector {
  readonly ok: number[] = [];
  errors = 0;
  bytes = 0;
  readonly errorSamples: string[] = [];
  /** The server's own Server-Timing parts of the successful requests, per part. */
  readonly timing = new Map<string, number[]>();
  add(s: Sample): void {
    if (s.ok) {
      this.ok.push(s.ms);
      this.bytes += s.bytes;
      for (const [name, ms] of Object.entries(s.timing ?? {})) {
        if (!this.timing.has(name)) this.timing.set(name, []);
        this.timing.get(name)!.push(ms);
      }
    } else {
      this.errors++;
      if (this.errorSamples.length < 5 && s.error && !this.errorSamples.includes(s.error)) this.errorSamples.push(s.error);
    }
  }
  get requests(): number {
    return this.ok.length + this.errors;
  }
}

function timingSummary(c: Collector): Record<string, LatencySummary> {
  return Object.fromEntries([...c.timing].map(([name, values]) => [name, summarize(values)]));
}

async function guarded(worker: Worker): Promise<Sample> {
  try {
    return await worker();
  } catch (error) {
    return { ms: Number.NaN, ok: false, bytes: 0, error: (error as Error).message };
  }
}

/** Runs the workers until `seconds` have passed; returns the elapsed seconds. */
async function runFor(seconds: number, workers: Worker[], sink: (i: number, s: Sample) => void): Promise<number> {
  const t0 = performance.now();
  const end = t0 + seconds * 1000;
  await Promise.all(workers.map(async (w, i) => {
    while (performance.now() < end) sink(i, await guarded(w));
  }));
  return (performance.now() - t0) / 1000;
}

let exitCode = 0;
const problems: string[] = [];
const results: ScenarioResult[] = [];
const soakReport: { minute: number; rssMb: number; maxMb: number; requests: number; errors: number }[] = [];
let saveChecks: Record<string, unknown> = {};
let totalRetries = 0;
/** Seconds on the sampler's clock when the soak began and ended. */
let soakWindow: { from: number; to: number } | null = null;

try {
  const retries = Math.floor(num("build-retries", args["build-retries"], 0));
  await buildIfStaleWithRetries({ ...process.env, DATABASE_URL: databaseUrl, NEXT_TELEMETRY_DISABLED: "1" }, retries, 60_000, log);
  const cpuProf = args["cpu-prof"] ? ["--cpu-prof", `--cpu-prof-dir=${path.resolve(args["cpu-prof"])}`] : [];
  server = await startServer(databaseUrl, log, cpuProf, serverWorkers);
  sampler = new MemorySampler(server.pid, sampleEveryS * 1000);
  sampler.start();
  client = new HttpClient(server.url, concurrency * 2 + 2);

  // 4. Log every user in once; sessions are reused by every scenario.
  const t = performance.now();
  const login = async (u: { email: string; name: string }) => {
    const s = new Session(client!, u.email, u.name);
    await s.login(PASSWORD);
    return s;
  };
  const cwSessions: Session[] = [];
  for (const u of targets.caseworkers) cwSessions.push(await login(u));
  const thSessions: Session[] = [];
  for (const u of targets.therapists) thSessions.push(await login(u));
  const coordSession = await login(targets.coordinator);
  // The matching pages are read by the caseworker with the most cases and by the site with the most referrals.
  const matchingSessions = matching
    ? { caseworker: await login(matching!.caseworker), site: await login(matching!.site) }
    : null;
  log(`logged in ${cwSessions.length + thSessions.length + 1} users in ${((performance.now() - t) / 1000).toFixed(1)} s`);
  const cw = (i: number) => ({ session: cwSessions[i % cwSessions.length]!, target: targets.caseworkers[i % cwSessions.length]! });
  const th = (i: number) => thSessions[i % thSessions.length]!;

  // 5. Page scenarios.
  const scenarios = new Map<ScenarioName, Scenario>();
  const build: Record<ScenarioName, () => Promise<Scenario>> = {
    floor: async () => pageScenario("floor", "floor (GET /profile)", (i) => ({
      session: cw(i).session, path: "/profile", check: htmlCheck('data-testid="profile-name"', `>${htmlEscape(cw(i).target.name)}<`),
    })),
    limit: async () => {
      limit = await startLimit(db, databaseUrl, targets.caseworkers.map((c) => ({ id: c.id, familyId: c.familyPage.id, displayName: c.familyPage.displayName })), concurrency);
      return { ...limit.scenario, pid: limit.pid };
    },
    "caseworker-home": async () => pageScenario("caseworker-home", "caseworker home (GET /caseworker)", (i) => ({
      session: cw(i).session, path: "/caseworker", check: htmlCheck('id="caseload"', htmlEscape(cw(i).target.name)),
    })),
    "family-page": async () => pageScenario("family-page", "family page (GET /families/<id>)", (i) => ({
      session: cw(i).session, path: `/families/${cw(i).target.familyPage.id}`,
      check: htmlCheck('data-testid="current-phase"', htmlEscape(cw(i).target.familyPage.displayName)),
    })),
    "therapist-home": async () => pageScenario("therapist-home", "therapist home (GET /therapist)", (i) => ({
      session: th(i), path: "/therapist", check: htmlCheck('id="due"', 'id="caseload"', htmlEscape(th(i).name)),
    })),
    "coordinator-overview": async () => pageScenario("coordinator-overview", "coordinator overview (GET /coordinator/overview)", () => ({
      session: coordSession, path: "/coordinator/overview", check: htmlCheck('data-testid="overview-table"'),
    })),
    "csv-export": async () => pageScenario("csv-export", "CSV export (GET /api/statistics/export)", () => ({
      session: coordSession, path: "/api/statistics/export", check: csvCheck(muni.families),
    })),
    // Matching (issue 12): every route must answer 200 with its own marker; a missing route fails the run.
    "matching-list": async () => pageScenario("matching-list", "matching cases (GET /matching)", () => ({
      session: matchingSessions!.caseworker, path: "/matching", check: htmlCheck('data-testid="matching-cases"'),
    })),
    "matching-case": async () => pageScenario("matching-case", "matching case (GET /matching/<id>)", (i) => {
      const c = matching!.cases[i % matching!.cases.length]!;
      return { session: matchingSessions!.caseworker, path: `/matching/${c.id}`, check: htmlCheck('data-testid="matching-stages"', htmlEscape(c.child)) };
    }),
    "matching-candidates": async () => pageScenario("matching-candidates", "candidates (GET /matching/<id>/candidates)", (i) => {
      const c = matching!.cases[i % matching!.cases.length]!;
      return { session: matchingSessions!.caseworker, path: `/matching/${c.id}/candidates`, check: htmlCheck('data-testid="candidates-table"') };
    }),
    "site-referrals": async () => pageScenario("site-referrals", "site referrals (GET /site/referrals)", () => ({
      session: matchingSessions!.site, path: "/site/referrals", check: htmlCheck('data-testid="referrals"'),
    })),
    "coordinator-statistics": async () => pageScenario("coordinator-statistics", "statistics with matching (GET /coordinator/statistics)", () => ({
      session: coordSession, path: "/coordinator/statistics", check: htmlCheck('data-testid="key-figures"', 'data-testid="matching-statistics"', 'data-testid="matching-startYear"'),
    })),
    // 6. Saves through the real server actions, in the format a browser uses.
    "follow-up-save": async () => {
      const pairs = targets.therapists.flatMap((t, i) => t.followUpFamilies.map((f) => ({ session: thSessions[i]!, familyId: f.id })));
      const forms: FollowUpForm[] = [];
      for (const p of pairs) forms.push(await loadFollowUpForm(p.session, p.familyId));
      const recordedOn = forms[forms.length - 1]!; // the browser's own save goes to a family the replay uses last
      const template = new ActionTemplate(await recordSave("follow-up", recordedOn.session, recordedOn.familyId, log));
      const mine = followUpFields(recordedOn, recordedOn.today, "x".repeat(12)).map((f) => f.name).sort();
      if (JSON.stringify(mine) !== JSON.stringify([...template.fieldNames].sort())) {
        throw new Error(`the follow-up form posts [${[...template.fieldNames].sort().join(", ")}] but the replay sends [${mine.join(", ")}]`);
      }
      log(`follow-up save: ${forms.length} families of ${targets.therapists.length} therapists; body parts besides the form's fields: ${template.extras.map((e) => `${e.name}=${e.value.slice(0, 60)}`).join(" ")}; field prefix "${template.prefix}"`);
      return followUpSaveScenario(template, forms, requestIdPrefix);
    },
    "plan-save": async () => {
      const plans: PlanTarget[] = targets.caseworkers.flatMap((c, i) => c.planFamilies.map((f) => ({ session: cwSessions[i]!, familyId: f.id })));
      const recordedOn = plans[plans.length - 1]!;
      const template = new ActionTemplate(await recordSave("plan", recordedOn.session, recordedOn.familyId, log));
      const mine = (await loadPlanForm(recordedOn.session, recordedOn.familyId)).map((f) => f.name).sort();
      if (JSON.stringify(mine) !== JSON.stringify([...template.fieldNames].sort())) {
        throw new Error(`the plan editor posts [${[...template.fieldNames].sort().join(", ")}] but the replay sends [${mine.join(", ")}]`);
      }
      log(`plan save: ${plans.length} families of ${targets.caseworkers.length} caseworkers (each client owns its own; the editor is re-read, untimed, before each save)`);
      return planSaveScenario(template, plans, runId);
    },
  };
  for (const name of selected) scenarios.set(name, await build[name]());

  if (soakMinutes === null) {
    for (const [name, scenario] of scenarios) {
      // Rows before the saves (after the browser's recorded save).
      const fuBefore = name === "follow-up-save" ? await countFollowUps(db, requestIdPrefix) : null;
      const planFamilies = targets.caseworkers.flatMap((c) => c.planFamilies.map((f) => f.id));
      const planBefore = name === "plan-save" ? await countPlanWrites(db, planFamilies) : null;

      const workers = scenario.workers(concurrency);
      const warm = new Collector();
      if (warmupS > 0) await runFor(warmupS, workers, (_, s) => warm.add(s));
      const measured = new Collector();
      const cpuPid = scenario.pid ?? server.pid;
      const cpu0 = treeCpuSeconds(cpuPid);
      const db0 = dbCpu();
      const retries0 = client.retries;
      const seconds = await runFor(durationS, workers, (_, s) => measured.add(s));
      const cpu1 = treeCpuSeconds(cpuPid);
      const db1 = dbCpu();
      const latency = summarize(measured.ok);
      totalRetries += client.retries - retries0;
      const result: ScenarioResult = {
        name, title: scenario.title, requests: measured.requests, errors: measured.errors, seconds,
        throughput: measured.ok.length / seconds, latency, avgKb: measured.ok.length ? measured.bytes / measured.ok.length / 1024 : Number.NaN,
        serverCpuPct: pct(cpu0, cpu1, seconds), dbCpuPct: pct(db0, db1, seconds), retries: client.retries - retries0,
        serverTiming: timingSummary(measured),
        warmup: { requests: warm.requests, errors: warm.errors },
        errorSamples: [...warm.errorSamples.map((e) => `(warm-up) ${e}`), ...measured.errorSamples].slice(0, 5),
      };
      results.push(result);
      log(`${scenario.title}: ${result.requests} requests, ${result.errors + warm.errors} errors, p95 ${fmt(latency.p95)} ms` +
        (result.retries ? `, ${result.retries} GETs re-sent after a keep-alive race` : ""));
      for (const e of result.errorSamples) log(`  error: ${e}`);
      if (result.errors + warm.errors > 0) problems.push(`${name}: ${result.errors + warm.errors} failed requests`);

      const okSaves = measured.ok.length + (warm.requests - warm.errors);
      if (fuBefore) {
        const after = await countFollowUps(db, requestIdPrefix);
        const rows = after.followUps - fuBefore.followUps;
        saveChecks["follow-up-save"] = { saves: okSaves, followUpRows: rows, ratingRows: after.ratings - fuBefore.ratings };
        log(`  rows: ${rows} follow-ups and ${after.ratings - fuBefore.ratings} goal ratings written for ${okSaves} successful saves`);
        if (rows !== okSaves) problems.push(`follow-up-save: ${okSaves} successful saves but ${rows} new FollowUp rows`);
      }
      if (planBefore) {
        const after = await countPlanWrites(db, planFamilies);
        const audits = after.audits - planBefore.audits;
        const bumps = after.rowVersions - planBefore.rowVersions;
        saveChecks["plan-save"] = { saves: okSaves, auditRows: audits, rowVersionIncrements: bumps, newVersions: after.versions - planBefore.versions };
        log(`  rows: ${audits} plan-version audit rows, ${bumps} row-version increments, ${after.versions - planBefore.versions} new draft versions for ${okSaves} successful saves`);
        if (audits !== okSaves || bumps !== okSaves) problems.push(`plan-save: ${okSaves} successful saves but ${audits} audit rows / ${bumps} version increments`);
      }
    }
  } else {
    // --soak: every client cycles through the page scenarios for N minutes.
    const list = [...scenarios.values()];
    const perScenario = list.map((s) => ({ scenario: s, workers: s.workers(concurrency), sink: new Collector() }));
    const minuteRow = (minute: number, from: number, to: number) => {
      const window = sampler!.samples.filter((s) => s.t >= from && s.t <= to);
      const last = window[window.length - 1] ?? sampler!.samples[sampler!.samples.length - 1]!;
      return { minute, rssMb: last.rss, maxMb: Math.max(...window.map((s) => s.rss), last.rss), requests: total, errors };
    };
    const counters = new Array<number>(concurrency).fill(0);
    const mixed: Worker[] = Array.from({ length: concurrency }, (_, i) => async () => {
      // Client i runs the scenarios in turn, starting at a different one than its neighbours.
      const k = (i + counters[i]!++) % list.length;
      const entry = perScenario[k]!;
      const s = await guarded(entry.workers[i]!);
      entry.sink.add(s);
      return s;
    });
    if (warmupS > 0) {
      let warmErrors = 0;
      await runFor(warmupS, mixed, (_, s) => { if (!s.ok) warmErrors++; });
      if (warmErrors) problems.push(`soak warm-up: ${warmErrors} failed requests`);
      for (const e of perScenario) e.sink = new Collector();
    }
    const t0 = sampler.now();
    const cpu0 = treeCpuSeconds(server.pid);
    const db0 = dbCpu();
    const retries0 = client.retries;
    let total = 0;
    let errors = 0;
    const ticker = setInterval(() => {
      const minute = soakReport.length + 1;
      sampler!.sample();
      const row = minuteRow(minute, t0 + (minute - 1) * 60, t0 + minute * 60);
      soakReport.push(row);
      log(`soak minute ${minute}: RSS ${row.rssMb.toFixed(0)} MB (max ${row.maxMb.toFixed(0)}), ${total} requests, ${errors} errors`);
    }, 60_000);
    const seconds = await runFor(soakMinutes * 60, mixed, (_, s) => { total++; if (!s.ok) errors++; });
    clearInterval(ticker);
    sampler.sample();
    const t1 = sampler.now();
    soakWindow = { from: t0, to: t1 };
    const done = soakReport.length;
    if (t1 - t0 > done * 60 + 1) soakReport.push(minuteRow(Math.round(((t1 - t0) / 60) * 10) / 10, t0 + done * 60, t1));
    totalRetries = client.retries - retries0;
    const cpu1 = treeCpuSeconds(server.pid);
    const db1 = dbCpu();
    for (const { scenario, sink } of perScenario) {
      results.push({
        name: scenario.name, title: scenario.title, requests: sink.requests, errors: sink.errors, seconds,
        throughput: sink.ok.length / seconds, latency: summarize(sink.ok), avgKb: sink.ok.length ? sink.bytes / sink.ok.length / 1024 : Number.NaN,
        serverCpuPct: pct(cpu0, cpu1, seconds), dbCpuPct: pct(db0, db1, seconds), retries: 0, serverTiming: timingSummary(sink),
        warmup: { requests: 0, errors: 0 }, errorSamples: sink.errorSamples,
      });
      for (const e of sink.errorSamples) log(`  error: ${e}`);
      if (sink.errors) problems.push(`${scenario.name}: ${sink.errors} failed requests`);
    }
  }
} catch (error) {
  problems.push(`aborted: ${(error as Error).stack ?? (error as Error).message}`);
  exitCode = 1;
} finally {
  await shutdown();
}

// 7. Output.
const floor = results.find((r) => r.name === "floor");
const limitResult = results.find((r) => r.name === "limit");
/** CPU milliseconds per successful request from a % of one core over the scenario's seconds. */
const cpuMsPerRequest = (r: ScenarioResult, cpuPct: number | null) => (cpuPct === null || r.latency.count === 0 ? "–" : fmt((cpuPct / 100) * r.seconds * 1000 / r.latency.count, 1));
console.log("");
console.log(formatTable(
  ["scenario", "requests", "errors", "req/s", "p50 ms", "p95 ms", "p99 ms", "p95/floor", "p95/limit", "KB/resp", "app CPU", "db CPU", "app CPU ms/req", "db CPU ms/req"],
  results.map((r) => [
    r.title, String(r.requests), String(r.errors), fmt(r.throughput, 1), fmt(r.latency.p50), fmt(r.latency.p95), fmt(r.latency.p99),
    floor ? `${fmt(r.latency.p95 / floor.latency.p95, 1)}×` : "–", limitResult ? `${fmt(r.latency.p95 / limitResult.latency.p95, 1)}×` : "–", fmt(r.avgKb, 0),
    r.serverCpuPct === null ? "–" : `${fmt(r.serverCpuPct)}%`, r.dbCpuPct === null ? "–" : `${fmt(r.dbCpuPct)}%`,
    cpuMsPerRequest(r, r.serverCpuPct), cpuMsPerRequest(r, r.dbCpuPct),
  ]),
));
console.log(`(limit: the family page's reads and audit row from a bare node:http + pg process, its own CPU in "app CPU"; see scripts/lib/bench/limit-server.mjs. ` +
  `app CPU: the server's ${serverWorkers === 1 ? "process" : `${serverWorkers} worker processes and their primary`}; db CPU: all local postgres processes; % of one core of ${machine.cores}. ` +
  "A scenario runs until the requests in flight at the end of its duration have finished.)");
const timed = results.filter((r) => r.serverTiming.render);
if (timed.length) {
  const part = (r: ScenarioResult, name: string, p: "p50" | "p95") => fmt(r.serverTiming[name]?.[p] ?? Number.NaN, 1);
  console.log("\nThe server's own parts (its Server-Timing header, ms; render is the rest, up to the first byte; – where a part is not run):");
  console.log(formatTable(
    ["scenario", "session p50", "reminders p50", "command p50", "command p95", "render p50", "server total p95", "client p95"],
    timed.map((r) => [r.title, part(r, "session", "p50"), part(r, "reminders", "p50"), part(r, "command", "p50"), part(r, "command", "p95"), part(r, "render", "p50"), part(r, "total", "p95"), fmt(r.latency.p95)]),
  ));
}
if (soakMinutes !== null) console.log("(soak: CPU figures are the whole mixed run's, the same for every row)");
if (totalRetries) console.log(`(${totalRetries} GETs were re-sent once because the server closed a kept-alive socket as they went out; they count once, timed from the first try)`);
if (results.some((r) => r.name === "plan-save")) console.log("(plan save: each save is preceded by an untimed GET of the editor for its current version; req/s counts saves)");

const allSamples = sampler?.samples ?? [];
// The soak's figures cover the soak itself; a normal run's cover everything from the server's start.
const samples = soakWindow ? allSamples.filter((x) => x.t >= soakWindow!.from - 0.001 && x.t <= soakWindow!.to + 0.001) : allSamples;
let memory: Record<string, number> | null = null;
if (samples.length) {
  const rss = samples.map((x) => x.rss);
  const fit = linearFit(samples.map((x) => x.t / 60), rss);
  const later = samples.filter((x) => x.t >= samples[0]!.t + 60);
  const fitLater = later.length >= 3 ? linearFit(later.map((x) => x.t / 60), later.map((x) => x.rss)) : null;
  const mid = (samples[0]!.t + samples[samples.length - 1]!.t) / 2;
  const half = samples.filter((x) => x.t >= mid);
  const fitHalf = half.length >= 3 ? linearFit(half.map((x) => x.t / 60), half.map((x) => x.rss)) : null;
  memory = {
    startMb: rss[0]!, endMb: rss[rss.length - 1]!, maxMb: Math.max(...rss), slopeMbPerMin: fit.slope,
    ...(fitLater ? { slopeAfterFirstMinuteMbPerMin: fitLater.slope } : {}),
    ...(fitHalf ? { slopeSecondHalfMbPerMin: fitHalf.slope } : {}),
    samples: samples.length, minutes: (samples[samples.length - 1]!.t - samples[0]!.t) / 60,
    maxTreeMb: Math.max(...samples.map((x) => x.treeRss)),
    serverStartMb: allSamples[0]!.rss,
  };
  console.log(`\nServer RSS (pid ${server?.pid}, ${samples.length} samples every ${sampleEveryS} s over ${fmt(memory.minutes!, 1)} min` +
    `${soakWindow ? " of soak" : ""}): start ${fmt(memory.startMb!)} MB, end ${fmt(memory.endMb!)} MB, max ${fmt(memory.maxMb!)} MB; ` +
    `slope ${fmt(fit.slope, 2)} MB/min` + (fitLater ? ` (${fmt(fitLater.slope, 2)} after the first minute` + (fitHalf ? `, ${fmt(fitHalf.slope, 2)} over the second half)` : ")") : "") +
    (soakWindow ? `; ${fmt(memory.serverStartMb!)} MB right after the server started` : "") +
    (memory.maxTreeMb! > memory.maxMb! + 1 ? `; with child processes max ${fmt(memory.maxTreeMb!)} MB` : ""));
}
if (soakReport.length) {
  console.log(formatTable(["minute", "RSS MB", "max MB", "requests so far", "errors"], soakReport.map((r) => [String(r.minute), fmt(r.rssMb), fmt(r.maxMb), String(r.requests), String(r.errors)])));
}

// Errors the server itself logged.
const serverErrors = (server?.output ?? []).filter((l) => /⨯|error|unhandled|exception/i.test(l));
if (serverErrors.length) {
  console.log(`\nThe server logged ${serverErrors.length} error line(s); the first:`);
  for (const l of serverErrors.slice(0, 10)) console.log(`  ${l}`);
}

if (args["cpu-prof"]) log(`the server's CPU profile is in ${path.resolve(args["cpu-prof"])} (it includes start-up and the warm-ups)`);

if (args.json) {
  writeFileSync(args.json, JSON.stringify({
    at: new Date().toISOString(), runId, machine, options: { concurrency, workers: serverWorkers, durationS, warmupS, soakMinutes, scenarios: selected },
    targets: {
      municipality: targets.municipality,
      caseworkers: targets.caseworkers.map((c) => ({ email: c.email, assigned: c.assigned, familyPage: c.familyPage.id, planFamilies: c.planFamilies.map((f) => f.id) })),
      therapists: targets.therapists.map((t) => ({ email: t.email, assigned: t.assigned, followUpFamilies: t.followUpFamilies.length })),
      coordinator: targets.coordinator.email,
    },
    results, saveChecks, retries: totalRetries, memory, memorySamples: allSamples, soak: soakReport, serverErrors: serverErrors.slice(0, 50), problems,
  }, null, 2));
  log(`results written to ${args.json}`);
}

if (problems.length) {
  console.error(`\nbench: FAILED`);
  for (const p of problems) console.error(`  - ${p}`);
  exitCode = 1;
}
process.exit(exitCode);
