// Pure helpers of `npm run bench`: percentiles, a least-squares line, summaries and a text table.

/** The p-th percentile (0 < p ≤ 100) by nearest rank: the smallest value with at least p % of the values at or below it. */
export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  if (!(p > 0 && p <= 100)) throw new RangeError("p must lie in (0, 100]");
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1]!;
}

export interface LatencySummary {
  count: number;
  mean: number;
  p50: number;
  p95: number;
  p99: number;
  max: number;
}

export function summarize(latencies: readonly number[]): LatencySummary {
  const sorted = [...latencies].sort((a, b) => a - b);
  const sum = sorted.reduce((a, b) => a + b, 0);
  return {
    count: sorted.length,
    mean: sorted.length ? sum / sorted.length : Number.NaN,
    p50: percentile(sorted, 50),
    p95: percentile(sorted, 95),
    p99: percentile(sorted, 99),
    max: sorted.length ? sorted[sorted.length - 1]! : Number.NaN,
  };
}

/** Ordinary least squares y = intercept + slope·x; slope 0 for fewer than two distinct x. */
export function linearFit(xs: readonly number[], ys: readonly number[]): { slope: number; intercept: number } {
  if (xs.length !== ys.length) throw new RangeError("xs and ys differ in length");
  const n = xs.length;
  if (n === 0) return { slope: 0, intercept: Number.NaN };
  const mx = xs.reduce((a, b) => a + b, 0) / n;
  const my = ys.reduce((a, b) => a + b, 0) / n;
  let sxy = 0;
  let sxx = 0;
  for (let i = 0; i < n; i++) {
    sxy += (xs[i]! - mx) * (ys[i]! - my);
    sxx += (xs[i]! - mx) ** 2;
  }
  const slope = sxx === 0 ? 0 : sxy / sxx;
  return { slope, intercept: my - slope * mx };
}

/** A number for a table cell: "–" for NaN/undefined, else fixed decimals. */
export function fmt(value: number | null | undefined, decimals = 0): string {
  return value === null || value === undefined || !Number.isFinite(value) ? "–" : value.toFixed(decimals);
}

/**
 * A plain-text table: the first column left-aligned, the others right-aligned (or as `align` says),
 * a rule under the header.
 */
export function formatTable(header: readonly string[], rows: readonly (readonly string[])[], align?: readonly ("l" | "r")[]): string {
  const width = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? "").length)));
  const side = (i: number) => align?.[i] ?? (i === 0 ? "l" : "r");
  const line = (cells: readonly string[]) =>
    width.map((w, i) => (side(i) === "l" ? (cells[i] ?? "").padEnd(w) : (cells[i] ?? "").padStart(w))).join("  ").trimEnd();
  return [line(header), width.map((w) => "-".repeat(w)).join("  "), ...rows.map(line)].join("\n");
}

/** `command;dur=12.3, total;dur=40` → { command: 12.3, total: 40 }; entries without a duration are left out. */
export function parseServerTiming(header: string | string[] | undefined): Record<string, number> {
  const out: Record<string, number> = {};
  for (const entry of (Array.isArray(header) ? header.join(",") : header ?? "").split(",")) {
    const [name, ...params] = entry.trim().split(";").map((x) => x.trim());
    const dur = params.find((x) => x.startsWith("dur="));
    if (name && dur && Number.isFinite(Number(dur.slice(4)))) out[name] = Number(dur.slice(4));
  }
  return out;
}
