"use client";

import { useEffect, useRef } from "react";
import { usePathname } from "next/navigation";

// How long after a navigation a re-rendered page may still replace its heading; after that the user
// may have moved on and focus is theirs.
const SETTLE_MS = 3000;

function mainHeading(): HTMLElement | null {
  return document.querySelector<HTMLElement>("#main h1") ?? document.getElementById("main");
}

function focusHeading(heading: HTMLElement) {
  if (!heading.hasAttribute("tabindex")) heading.setAttribute("tabindex", "-1");
  heading.focus({ preventScroll: true });
}

/**
 * After a client-side navigation, moves focus to the new page's main heading so a screen reader
 * announces the page (WCAG 2.4.3). The first load is left alone: the browser starts at the top. A page
 * that has already put the focus somewhere in its content (a save's success notice) keeps it there.
 * A page that streams in or re-renders just after the navigation can replace the focused heading, which
 * drops focus to the document body; for a short while the new heading then takes the focus again.
 */
export function FocusHeadingOnNavigate() {
  const pathname = usePathname();
  const previous = useRef(pathname);
  useEffect(() => {
    if (previous.current === pathname) return;
    previous.current = pathname;
    const main = document.getElementById("main");
    if (main && document.activeElement && document.activeElement !== main && main.contains(document.activeElement)) return;
    const heading = mainHeading();
    if (!heading || !main) return;
    focusHeading(heading);
    const lost = () => document.activeElement === null || document.activeElement === document.body;
    const observer = new MutationObserver(() => {
      const current = mainHeading();
      if (current && lost()) focusHeading(current);
    });
    observer.observe(main, { childList: true, subtree: true });
    const stop = window.setTimeout(() => observer.disconnect(), SETTLE_MS);
    return () => {
      observer.disconnect();
      window.clearTimeout(stop);
    };
  }, [pathname]);
  return null;
}
