// The Server-Timing header of every response: `total` is the server's time until the response's
// headers leave (for a server action that redirects, the command and the rendering of the page it
// lands on, up to its first byte), and the app adds its own parts (src/server/timing.ts: the
// session check, the reminder count of the layout, a server action's command). Parts that run side
// by side overlap, so `render` (the rest) is a lower bound. A reverse proxy can log the header; the
// browser's network panel shows it.
import { AsyncLocalStorage } from "node:async_hooks";
import { performance } from "node:perf_hooks";

const storage = new AsyncLocalStorage();
// The app reads the store through this global: it is bundled apart from this file.
globalThis.__fsServerTiming = storage;

const round = (ms) => Math.round(ms * 10) / 10;

/** The header's value: the app's parts, `render` for the rest of the time when there are any, and `total`. */
export function serverTimingHeader(marks, totalMs) {
  const parts = marks.map((m) => `${m.name};dur=${round(m.ms)}`);
  if (marks.length) parts.push(`render;dur=${round(Math.max(0, totalMs - marks.reduce((sum, m) => sum + m.ms, 0)))}`);
  parts.push(`total;dur=${round(totalMs)}`);
  return parts.join(", ");
}

export function withServerTiming(req, res, handle) {
  const timing = { start: performance.now(), marks: [] };
  const writeHead = res.writeHead;
  res.writeHead = function (...args) {
    if (!res.headersSent) res.setHeader("Server-Timing", serverTimingHeader(timing.marks, performance.now() - timing.start));
    return writeHead.apply(this, args);
  };
  return storage.run(timing, handle);
}
