// Builds the app when stale and runs the production server (scripts/server.mjs) as a direct child node process, so that its PID is
// the server's own and its memory can be read from /proc/<pid>/status.
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { readFileSync, readdirSync } from "node:fs";
import net from "node:net";
import path from "node:path";

const ROOT = path.resolve(import.meta.dirname, "../../..");

/** Runs scripts/lib/build-if-stale.mjs in a child process, retrying when the build fails (someone may be mid-edit). */
export async function buildIfStaleWithRetries(env: NodeJS.ProcessEnv, retries: number, waitMs: number, log: (m: string) => void): Promise<void> {
  const script = `import { buildIfStale } from ${JSON.stringify(path.join(ROOT, "scripts/lib/build-if-stale.mjs"))}; buildIfStale(process.env);`;
  for (let attempt = 0; ; attempt++) {
    const run = spawnSync(process.execPath, ["--input-type=module", "-e", script], { cwd: ROOT, env, stdio: "inherit" });
    if (run.status === 0) return;
    if (attempt >= retries) throw new Error(`next build failed ${attempt + 1} times (exit ${run.status})`);
    log(`build failed (exit ${run.status}); retrying in ${Math.round(waitMs / 1000)} s (${retries - attempt} left) …`);
    await new Promise((r) => setTimeout(r, waitMs));
  }
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.unref();
    srv.on("error", reject);
    srv.listen(0, "127.0.0.1", () => {
      const { port } = srv.address() as net.AddressInfo;
      srv.close(() => resolve(port));
    });
  });
}

export interface RunningServer {
  url: URL;
  pid: number;
  child: ChildProcess;
  /** The server's output (the last 400 lines), for errors it logs. */
  output: string[];
  stop(): Promise<void>;
}

/** `nodeArgs` go to the server's node (e.g. --cpu-prof --cpu-prof-dir=DIR; NODE_OPTIONS refuses those). */
export async function startServer(databaseUrl: string, log: (m: string) => void, nodeArgs: string[] = [], workers = 1): Promise<RunningServer> {
  const port = await freePort();
  const url = new URL(`http://127.0.0.1:${port}`);
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_ENV: "production",
    NEXT_TELEMETRY_DISABLED: "1",
    PORT: String(port),
    DATABASE_URL: databaseUrl,
    NEXTAUTH_SECRET: randomBytes(32).toString("base64url"),
    NEXTAUTH_URL: url.origin,
    WEB_CONCURRENCY: String(workers),
  };
  delete env.AUTH_SECRET; // the random one above signs this run's sessions
  // The production server (scripts/server.mjs), run with this node so the PID is the server's.
  const bin = path.join(ROOT, "scripts/server.mjs");
  const child = spawn(process.execPath, [...nodeArgs, bin], { cwd: ROOT, env: { ...env, PORT: String(port), BIND_ADDRESS: "127.0.0.1" }, stdio: ["ignore", "pipe", "pipe"] });
  const output: string[] = [];
  const keep = (prefix: string) => (chunk: Buffer) => {
    for (const line of chunk.toString("utf8").split("\n")) {
      if (!line.trim()) continue;
      output.push(`${prefix}${line}`);
      if (output.length > 400) output.shift();
    }
  };
  child.stdout!.on("data", keep(""));
  child.stderr!.on("data", keep("[stderr] "));
  let exited: number | null | undefined;
  const exit = new Promise<void>((resolve) => child.on("exit", (code) => { exited = code; resolve(); }));

  const deadline = Date.now() + 120_000;
  for (;;) {
    if (exited !== undefined) throw new Error(`the server exited (${exited}) before it answered:\n${output.slice(-30).join("\n")}`);
    try {
      const res = await fetch(new URL("/api/health", url));
      if (res.status === 200) break;
      if (Date.now() > deadline) throw new Error(`/api/health answered ${res.status}: ${await res.text()}`);
    } catch (error) {
      if (Date.now() > deadline) throw new Error(`the server did not answer /api/health within 120 s (${(error as Error).message})`);
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  log(`server listening on ${url.origin} (pid ${child.pid})`);
  return {
    url,
    pid: child.pid!,
    child,
    output,
    async stop() {
      if (exited !== undefined) return;
      child.kill("SIGTERM");
      const timer = setTimeout(() => child.kill("SIGKILL"), 10_000);
      await exit;
      clearTimeout(timer);
    },
  };
}

/** Resident memory of a process in MB (VmRSS), or null when it is gone. */
export function rssMb(pid: number): number | null {
  try {
    const m = /^VmRSS:\s+(\d+)\s+kB/m.exec(readFileSync(`/proc/${pid}/status`, "utf8"));
    return m ? Number(m[1]) / 1024 : null;
  } catch {
    return null;
  }
}

/** CPU seconds (user + system) a process has used so far, or null. */
export function cpuSeconds(pid: number): number | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    // fields[0] is field 3 (state); utime and stime are fields 14 and 15.
    return (Number(fields[11]) + Number(fields[12])) / 100; // USER_HZ is 100 on Linux
  } catch {
    return null;
  }
}

/**
 * CPU seconds of a process and its descendants (the server's worker processes). A worker that exits
 * takes its seconds with it, so compare two readings of the same workers only.
 */
export function treeCpuSeconds(pid: number): number | null {
  const own = cpuSeconds(pid);
  if (own === null) return null;
  return own + descendants(pid).reduce((sum, p) => sum + (cpuSeconds(p) ?? 0), 0);
}

/** The PIDs of a process's descendants (the server's worker processes). */
export function descendants(pid: number): number[] {
  const out: number[] = [];
  const walk = (p: number) => {
    let tasks: string[] = [];
    try {
      tasks = readdirSync(`/proc/${p}/task`);
    } catch {
      return;
    }
    for (const task of tasks) {
      let children = "";
      try {
        children = readFileSync(`/proc/${p}/task/${task}/children`, "utf8");
      } catch {
        continue;
      }
      for (const c of children.split(/\s+/).filter(Boolean).map(Number)) {
        out.push(c);
        walk(c);
      }
    }
  };
  walk(pid);
  return out;
}

export interface MemorySample {
  /** Seconds since the sampler started. */
  t: number;
  /** The server process's RSS in MB. */
  rss: number;
  /** RSS of the server and all its descendants in MB. */
  treeRss: number;
}

/** Samples the server's RSS every `everyMs` until stopped. */
export class MemorySampler {
  readonly samples: MemorySample[] = [];
  private timer: NodeJS.Timeout | null = null;
  private readonly t0 = performance.now();

  constructor(readonly pid: number, readonly everyMs: number) {}

  sample(): MemorySample | null {
    const rss = rssMb(this.pid);
    if (rss === null) return null;
    const treeRss = rss + descendants(this.pid).reduce((sum, p) => sum + (rssMb(p) ?? 0), 0);
    const s = { t: (performance.now() - this.t0) / 1000, rss, treeRss };
    this.samples.push(s);
    return s;
  }

  start(): void {
    this.sample();
    this.timer = setInterval(() => this.sample(), this.everyMs);
    this.timer.unref();
  }

  stop(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    this.sample();
  }

  now(): number {
    return (performance.now() - this.t0) / 1000;
  }
}

/**
 * CPU seconds used so far by every local PostgreSQL process (backends, writer, WAL …), or null when
 * none is visible (a remote database). Backends that exit take their time with them; the app's
 * pooled connections live as long as the server.
 */
export function postgresCpuSeconds(): number | null {
  let total = 0;
  let seen = false;
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    let stat: string;
    try {
      stat = readFileSync(`/proc/${entry}/stat`, "utf8");
    } catch {
      continue;
    }
    const comm = stat.slice(stat.indexOf("(") + 1, stat.lastIndexOf(")"));
    if (comm !== "postgres") continue;
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    // utime + stime, and cutime + cstime: the postmaster's count of its exited backends (a closed
    // connection), without which the total drops when a backend ends and a scenario shows negative CPU.
    total += (Number(fields[11]) + Number(fields[12]) + Number(fields[13]) + Number(fields[14])) / 100;
    seen = true;
  }
  return seen ? total : null;
}
