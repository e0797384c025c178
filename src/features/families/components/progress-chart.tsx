import { getTranslations } from "next-intl/server";
import { getDateFormat } from "@/i18n/server-dates";
import { TableRegion } from "@/components/table-region";

// Print-friendly: each goal has its own colour, marker shape and dash pattern, so the lines
// stay apart in black and white; the table below carries the same figures for screen readers.
const STYLES = [
  { color: "#185a4d", dash: "", marker: "circle" },
  { color: "#b45309", dash: "6 3", marker: "square" },
  { color: "#1d4ed8", dash: "2 3", marker: "triangle" },
  { color: "#7e22ce", dash: "8 3 2 3", marker: "diamond" },
  { color: "#be123c", dash: "1 2", marker: "circle" },
] as const;

/** Who gave a series' ratings: the follow-ups (the therapist or caseworker who held them) or one parent in the portal. */
export type Rater = { kind: "followUp" } | { kind: "parent"; parentId: string; name: string };
export interface ChartSeries { key: string; lineageId: string; title: string; rater: Rater; points: { date: string; rating: number }[] }

// The parents' lines keep their goal's colour and marker shape, but the markers are hollow and the line
// thin and dotted: told apart from the follow-ups' line without colour. A second parent gets another dash.
const PARENT_DASHES = ["2 4", "7 3 1 3"] as const;

export async function ProgressChart({ series }: { series: ChartSeries[] }) {
  const [t, tr, format] = await Promise.all([getTranslations("progress"), getTranslations("parentRatings"), getDateFormat()]);
  const dates = [...new Set(series.flatMap((s) => s.points.map((p) => p.date)))].sort();
  if (dates.length === 0) return <p className="text-slate-600">{t("none")}</p>;
  const W = 640, H = 260, L = 36, R = 32, T = 12, B = 36;
  const x = (d: string) => (dates.length === 1 ? L + (W - L - R) / 2 : L + ((W - L - R) * dates.indexOf(d)) / (dates.length - 1));
  const y = (r: number) => T + ((H - T - B) * (10 - r)) / 10;
  const short = (d: string) => format(d, "dayShort");
  // A goal keeps one colour and marker whoever rated it.
  const lineages = [...new Set(series.map((s) => s.lineageId))];
  const goalStyle = (s: ChartSeries) => STYLES[lineages.indexOf(s.lineageId) % STYLES.length]!;
  const goals = lineages.map((l) => series.find((s) => s.lineageId === l)!);
  const parents = [...new Map(series.flatMap((s) => (s.rater.kind === "parent" ? [[s.rater.parentId, s.rater.name] as const] : []))).entries()];
  const parentDash = (id: string) => PARENT_DASHES[parents.findIndex(([p]) => p === id) % PARENT_DASHES.length]!;
  const line = (s: ChartSeries) => (s.rater.kind === "parent" ? { dash: parentDash(s.rater.parentId), width: 1.5, hollow: true } : { dash: goalStyle(s).dash, width: 2.5, hollow: false });
  const raterLabel = (r: Rater) => (r.kind === "parent" ? tr("parentSeries", { name: r.name }) : tr("followUpSeries"));
  return (
    <figure aria-labelledby="progress-caption" className="space-y-3">
      <svg viewBox={`0 0 ${W} ${H}`} role="img" aria-labelledby="progress-caption" className="w-full max-w-2xl" data-testid="progress-chart">
        {[0, 2, 4, 6, 8, 10].map((r) => (
          <g key={r}>
            <line x1={L} x2={W - R} y1={y(r)} y2={y(r)} stroke="#cbd5e1" strokeWidth={1} />
            <text x={L - 8} y={y(r) + 4} textAnchor="end" fontSize={11} fill="#334155">{r}</text>
          </g>
        ))}
        {dates.map((d) => (
          <text key={d} x={x(d)} y={H - 12} textAnchor="middle" fontSize={11} fill="#334155">{short(d)}</text>
        ))}
        {series.map((s) => {
          const style = goalStyle(s);
          const how = line(s);
          const pts = s.points.map((p) => `${x(p.date)},${y(p.rating)}`).join(" ");
          return (
            <g key={s.key} data-goal={s.title} data-rater={s.rater.kind}>
              <polyline points={pts} fill="none" stroke={style.color} strokeWidth={how.width} strokeDasharray={how.dash} />
              {s.points.map((p) => <Marker key={p.date} shape={style.marker} cx={x(p.date)} cy={y(p.rating)} color={style.color} hollow={how.hollow} />)}
            </g>
          );
        })}
      </svg>
      <figcaption id="progress-caption" className="text-sm text-slate-700">
        {parents.length > 0 ? tr("captionWithParents") : t("caption")}
        <ul className="mt-1 flex flex-wrap gap-4">
          {goals.map((s) => (
            <li key={s.lineageId} className="flex items-center gap-2">
              <svg width="28" height="10" aria-hidden="true"><line x1="0" x2="28" y1="5" y2="5" stroke={goalStyle(s).color} strokeWidth={2.5} strokeDasharray={goalStyle(s).dash} /></svg>
              {s.title}
            </li>
          ))}
        </ul>
        {parents.length > 0 && (
          <ul className="mt-1 flex flex-wrap gap-4" aria-label={tr("raterKey")} data-testid="rater-key">
            <li className="flex items-center gap-2">
              <svg width="36" height="12" aria-hidden="true"><line x1="0" x2="36" y1="6" y2="6" stroke="#334155" strokeWidth={2.5} /><Marker shape="circle" cx={18} cy={6} color="#334155" hollow={false} /></svg>
              {tr("followUpKey")}
            </li>
            {parents.map(([id, name]) => (
              <li key={id} className="flex items-center gap-2">
                <svg width="36" height="12" aria-hidden="true"><line x1="0" x2="36" y1="6" y2="6" stroke="#334155" strokeWidth={1.5} strokeDasharray={parentDash(id)} /><Marker shape="circle" cx={18} cy={6} color="#334155" hollow /></svg>
                {tr("parentKey", { name })}
              </li>
            ))}
          </ul>
        )}
      </figcaption>
      <TableRegion label={t("tableCaption")}>
        <table className="w-full border-collapse text-sm" data-testid="progress-table">
          <caption className="text-left font-medium">{t("tableCaption")}</caption>
          <thead>
            <tr className="border-b border-slate-300 text-left">
              <th scope="col" className="py-1 pr-3">{t("goal")}</th>
              {dates.map((d) => <th key={d} scope="col" className="py-1 pr-3">{short(d)}</th>)}
            </tr>
          </thead>
          <tbody>
            {series.map((s) => (
              <tr key={s.key} className="border-b border-slate-200" data-rater={s.rater.kind}>
                <th scope="row" className="py-1 pr-3 text-left font-normal">
                  {s.title}
                  {/* Who rated is part of the row's name, so each figure is read with its rater. */}
                  {parents.length > 0 && <span className="block text-xs text-slate-600"><span className="sr-only"> – </span>{raterLabel(s.rater)}</span>}
                </th>
                {dates.map((d) => <td key={d} className="py-1 pr-3">{s.points.find((p) => p.date === d)?.rating ?? "–"}</td>)}
              </tr>
            ))}
          </tbody>
        </table>
      </TableRegion>
    </figure>
  );
}

function Marker({ shape, cx, cy, color, hollow }: { shape: string; cx: number; cy: number; color: string; hollow: boolean }) {
  const paint = hollow ? { fill: "#ffffff", stroke: color, strokeWidth: 1.5 } : { fill: color };
  if (shape === "square") return <rect x={cx - 4} y={cy - 4} width={8} height={8} {...paint} />;
  if (shape === "triangle") return <polygon points={`${cx},${cy - 5} ${cx - 5},${cy + 4} ${cx + 5},${cy + 4}`} {...paint} />;
  if (shape === "diamond") return <polygon points={`${cx},${cy - 5} ${cx + 5},${cy} ${cx},${cy + 5} ${cx - 5},${cy}`} {...paint} />;
  return <circle cx={cx} cy={cy} r={4} {...paint} />;
}

/**
 * Ratings grouped by goal lineage, oldest first, so a goal carried into a new plan version stays one line;
 * each parent's own ratings of a goal are a series of their own, right after the follow-ups' series of it.
 */
export function toSeries(
  followUps: { date: string; ratings: { lineageId: string; goal: string; rating: number }[] }[],
  parentRatings: { date: string; rating: number; parentId: string; parentName: string; lineageId: string; goal: string }[] = [],
): ChartSeries[] {
  const byKey = new Map<string, ChartSeries>();
  const add = (key: string, rater: Rater, r: { lineageId: string; goal: string; rating: number }, date: string) => {
    const s = byKey.get(key) ?? { key, lineageId: r.lineageId, title: r.goal, rater, points: [] };
    s.title = r.goal;
    // One point a day: a parent who rated twice that day is read by the later rating.
    s.points = [...s.points.filter((p) => p.date !== date), { date, rating: r.rating }];
    byKey.set(key, s);
  };
  for (const f of [...followUps].sort((a, b) => a.date.localeCompare(b.date))) {
    for (const r of f.ratings) add(r.lineageId, { kind: "followUp" }, r, f.date);
  }
  for (const r of [...parentRatings].sort((a, b) => a.date.localeCompare(b.date))) {
    add(`${r.lineageId}:${r.parentId}`, { kind: "parent", parentId: r.parentId, name: r.parentName }, r, r.date);
  }
  const all = [...byKey.values()];
  // The goal's current title wherever it was renamed; its series side by side.
  const lineages = [...new Set(all.map((s) => s.lineageId))];
  for (const s of all) s.title = all.find((o) => o.lineageId === s.lineageId && o.rater.kind === "followUp")?.title ?? s.title;
  return lineages.flatMap((l) => all.filter((s) => s.lineageId === l));
}
