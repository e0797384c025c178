"use client";

import { useState } from "react";

/**
 * A details/summary that keeps the state the user gave it: a page refreshed after a save inside it does
 * not fold it shut over the save's confirmation.
 */
export function Disclosure({ summary, initiallyOpen = false, children }: { summary: string; initiallyOpen?: boolean; children: React.ReactNode }) {
  const [open, setOpen] = useState(initiallyOpen);
  return (
    <details open={open} onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary className="cursor-pointer text-brand-700 underline">{summary}</summary>
      <div className="mt-2">{children}</div>
    </details>
  );
}
