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

export interface ChartSeries { lineageId: string; title: string; points: { date: string; rating: number }[] }

export async function ProgressChart({ series }: { series: ChartSeries[] }) {
  const [t, format] = await Promise.all([getTranslations("progress"), getDateFormat()]);
  const dates = [...new Set(series.flatMap((s) => s.points.map((p) => p.date)))].sort();
  if (dates.length === 0) return <p className="text-slate-600">{t("none")}</p>;
  const W = 640, H = 260, L = 36, R = 32, T = 12, B = 36;
  const x = (d: string) => (dates.length === 1 ? L + (W - L - R) / 2 : L + ((W - L - R) * dates.indexOf(d)) / (dates.length - 1));
  const y = (r: number) => T + ((H - T - B) * (10 - r)) / 10;
  const short = (d: string) => format(d, "dayShort");
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
        {series.map((s, i) => {
          const style = STYLES[i % STYLES.length]!;
          const pts = s.points.map((p) => `${x(p.date)},${y(p.rating)}`).join(" ");
          return (
            <g key={s.lineageId} data-goal={s.title}>
              <polyline points={pts} fill="none" stroke={style.color} strokeWidth={2.5} strokeDasharray={style.dash} />
              {s.points.map((p) => <Marker key={p.date} shape={style.marker} cx={x(p.date)} cy={y(p.rating)} color={style.color} />)}
            </g>
          );
        })}
      </svg>
      <figcaption id="progress-caption" className="text-sm text-slate-700">
        {t("caption")}
        <ul className="mt-1 flex flex-wrap gap-4">
          {series.map((s, i) => (
            <li key={s.lineageId} className="flex items-center gap-2">
              <svg width="28" height="10" aria-hidden="true"><line x1="0" x2="28" y1="5" y2="5" stroke={STYLES[i % STYLES.length]!.color} strokeWidth={2.5} strokeDasharray={STYLES[i % STYLES.length]!.dash} /></svg>
              {s.title}
            </li>
          ))}
        </ul>
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
              <tr key={s.lineageId} className="border-b border-slate-200">
                <th scope="row" className="py-1 pr-3 text-left font-normal">{s.title}</th>
                {dates.map((d) => <td key={d} className="py-1 pr-3">{s.points.find((p) => p.date === d)?.rating ?? "–"}</td>)}
              </tr>
            ))}
          </tbody>
        </table>
      </TableRegion>
    </figure>
  );
}

function Marker({ shape, cx, cy, color }: { shape: string; cx: number; cy: number; color: string }) {
  if (shape === "square") return <rect x={cx - 4} y={cy - 4} width={8} height={8} fill={color} />;
  if (shape === "triangle") return <polygon points={`${cx},${cy - 5} ${cx - 5},${cy + 4} ${cx + 5},${cy + 4}`} fill={color} />;
  if (shape === "diamond") return <polygon points={`${cx},${cy - 5} ${cx + 5},${cy} ${cx},${cy + 5} ${cx - 5},${cy}`} fill={color} />;
  return <circle cx={cx} cy={cy} r={4} fill={color} />;
}

/** Ratings grouped by goal lineage, oldest first, so a goal carried into a new plan version stays one line. */
export function toSeries(followUps: { date: string; ratings: { lineageId: string; goal: string; rating: number }[] }[]): ChartSeries[] {
  const byLineage = new Map<string, ChartSeries>();
  for (const f of [...followUps].sort((a, b) => a.date.localeCompare(b.date))) {
    for (const r of f.ratings) {
      const s = byLineage.get(r.lineageId) ?? { lineageId: r.lineageId, title: r.goal, points: [] };
      s.title = r.goal;
      s.points.push({ date: f.date, rating: r.rating });
      byLineage.set(r.lineageId, s);
    }
  }
  return [...byLineage.values()];
}
