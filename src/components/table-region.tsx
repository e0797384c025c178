/**
 * A wide table scrolls inside its own region instead of widening the page (WCAG 1.4.10). The region is
 * named and focusable, so a keyboard user can reach it and scroll it with the arrow keys.
 */
export function TableRegion({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <div role="region" aria-label={label} tabIndex={0} className="relative max-w-full overflow-x-auto">
      {children}
    </div>
  );
}
