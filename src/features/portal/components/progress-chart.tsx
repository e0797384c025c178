import type { GoalProgress } from "../progress-queries";

const W = 300, H = 120, PAD = 24;

/**
 * A goal's two series on the 0–10 scale over time: the therapist's (filled circles, solid line) and the
 * parent's own (open squares, dashed line), told apart by shape and line, not colour alone. The numbers
 * stand in the table beside it; the drawing is a picture of them.
 */
export function ProgressChart({ progress, labels }: { progress: GoalProgress; labels: { therapist: string; parent: string; summary: string } }) {
  const dates = [...new Set([...progress.therapist, ...progress.parent].map((p) => p.date))].sort();
  if (dates.length === 0) return null;
  const x = (d: string) => (dates.length === 1 ? W / 2 : PAD + (dates.indexOf(d) * (W - 2 * PAD)) / (dates.length - 1));
  const y = (r: number) => H - PAD + 4 - (r * (H - PAD - 8)) / 10;
  const path = (points: { date: string; rating: number }[]) => points.map((p, i) => `${i === 0 ? "M" : "L"}${x(p.date).toFixed(1)},${y(p.rating).toFixed(1)}`).join(" ");
  return (
    <figure className="max-w-sm">
      <svg viewBox={`0 0 ${W} ${H}`} role="img" aria-label={labels.summary} className="w-full">
        {[0, 5, 10].map((v) => (
          <g key={v}>
            <line x1={PAD} x2={W - 4} y1={y(v)} y2={y(v)} stroke="#cbd5e1" strokeWidth="1" />
            <text x={4} y={y(v) + 4} fontSize="10" fill="#334155">{v}</text>
          </g>
        ))}
        <path d={path(progress.therapist)} fill="none" stroke="#1e3a8a" strokeWidth="2" />
        {progress.therapist.map((p, i) => <circle key={`t${i}`} cx={x(p.date)} cy={y(p.rating)} r="4" fill="#1e3a8a" />)}
        <path d={path(progress.parent)} fill="none" stroke="#9a3412" strokeWidth="2" strokeDasharray="5 3" />
        {progress.parent.map((p, i) => <rect key={`p${i}`} x={x(p.date) - 4} y={y(p.rating) - 4} width="8" height="8" fill="white" stroke="#9a3412" strokeWidth="2" />)}
      </svg>
      <figcaption className="mt-1 flex flex-wrap gap-x-4 text-sm text-slate-700" aria-hidden="true">
        <span><span className="mr-1 inline-block h-2.5 w-2.5 rounded-full bg-blue-900" />{labels.therapist}</span>
        <span><span className="mr-1 inline-block h-2.5 w-2.5 border-2 border-orange-800 bg-white" />{labels.parent}</span>
      </figcaption>
    </figure>
  );
}
