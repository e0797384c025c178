"use client";

import { useEffect, useRef, useState } from "react";
import { usePathname } from "next/navigation";
import { useHydrated } from "./use-hydrated";

/**
 * The header's menu: a row on wide screens, behind a menu button on phones (WCAG 1.4.10, reflow at 320 px).
 * One copy of the links either way, so nothing is announced twice. It closes after a navigation and on Escape.
 */
export function MenuToggle({ label, children }: { label: string; children: React.ReactNode }) {
  const [open, setOpen] = useState(false);
  const pathname = usePathname();
  const button = useRef<HTMLButtonElement>(null);
  const ready = useHydrated();
  useEffect(() => setOpen(false), [pathname]);
  useEffect(() => {
    if (!open) return;
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== "Escape") return;
      setOpen(false);
      button.current?.focus();
    };
    document.addEventListener("keydown", onKey);
    return () => document.removeEventListener("keydown", onKey);
  }, [open]);
  return (
    <>
      <button ref={button} type="button" disabled={!ready} aria-expanded={open} aria-controls="app-menu" onClick={() => setOpen((o) => !o)}
        className="rounded border border-slate-300 px-3 py-1.5 text-sm font-medium lg:hidden" data-testid="menu-button">
        <span aria-hidden="true">☰ </span>{label}
      </button>
      <div id="app-menu" data-open={open}
        className={`${open ? "flex" : "hidden"} w-full flex-col gap-3 border-t border-slate-200 pt-3 lg:flex lg:w-auto lg:flex-1 lg:flex-row lg:items-center lg:justify-between lg:border-0 lg:pt-0`}>
        {children}
      </div>
    </>
  );
}
