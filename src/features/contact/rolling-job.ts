import "server-only";
import { todayInCopenhagen } from "@/domain/method";
import { getDb } from "@/server/db";
import { topUpContactPlans, type TopUpRun } from "./rolling";

// The daily part of the rolling contact schedule: a plan nobody opens still gets its sessions, so
// the site's agenda and the statistics never find an open-ended plan that ran out.

const DAY_MS = 24 * 60 * 60_000;
/** The first run waits until the server has settled (migrations, demo data, first requests). */
const FIRST_RUN_DELAY_MS = 60_000;

let running = false;

/** One run over every plan short of today's horizon; skipped while the previous one still runs. */
export async function contactTopUpTick(now = new Date()): Promise<TopUpRun | "skipped"> {
  if (running) return "skipped";
  running = true;
  try {
    return await topUpContactPlans(await getDb(), todayInCopenhagen(now), { slackDays: 0 });
  } finally {
    running = false;
  }
}

function runLogged(): void {
  // Never throws and never rejects unhandled: a failing run must not take the server down.
  contactTopUpTick().then(
    (r) => { if (r !== "skipped" && (r.created || r.failed)) console.log(`[forældrestøtte] contact sessions: ${r.created} created for ${r.plans} plans, ${r.failed} failed`); },
    (error: unknown) => console.error(`[forældrestøtte] contact session top-up failed (${error instanceof Error ? error.name : "unknown"}); tried again tomorrow`),
  );
}

const store = globalThis as unknown as { __contactTopUpTimers?: ReturnType<typeof setTimeout>[] };

/** In the server process: shortly after start, then once a day. */
export function scheduleContactTopUp(): boolean {
  if (store.__contactTopUpTimers) return false;
  const first = setTimeout(runLogged, FIRST_RUN_DELAY_MS);
  const daily = setInterval(runLogged, DAY_MS);
  // The schedule alone must not keep the process alive (clean shutdown).
  first.unref();
  daily.unref();
  store.__contactTopUpTimers = [first, daily];
  return true;
}
