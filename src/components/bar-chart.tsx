/** A horizontal bar chart that prints in black and white and carries its numbers as text. */
export function BarChart({ data, caption }: { data: { label: string; value: number }[]; caption: string }) {
  const max = Math.max(1, ...data.map((d) => d.value));
  return (
    <figure>
      <figcaption className="sr-only">{caption}</figcaption>
      <ul className="space-y-1">
        {data.map((d) => (
          <li key={d.label} className="grid grid-cols-[10rem_1fr_3rem] items-center gap-2 text-sm">
            <span>{d.label}</span>
            <span className="h-4 rounded-sm border border-brand-700 bg-brand-100" style={{ width: `${(d.value / max) * 100}%` }} aria-hidden="true" />
            <span className="text-right font-medium">{d.value}</span>
          </li>
        ))}
      </ul>
    </figure>
  );
}
