import "server-only";

// The app's parts of the Server-Timing header (scripts/lib/server-timing.mjs owns the request's
// store; outside that server, e.g. in tests and scripts, there is none and nothing is recorded).

interface RequestTiming {
  marks: { name: string; ms: number }[];
}

function currentTiming(): RequestTiming | undefined {
  return (globalThis as { __fsServerTiming?: { getStore(): RequestTiming | undefined } }).__fsServerTiming?.getStore();
}

/** Runs `work` and adds its duration to the response's Server-Timing header as `name`. */
export async function timed<T>(name: string, work: () => Promise<T>): Promise<T> {
  const timing = currentTiming();
  if (!timing) return work();
  const start = performance.now();
  try {
    return await work();
  } finally {
    timing.marks.push({ name, ms: performance.now() - start });
  }
}
