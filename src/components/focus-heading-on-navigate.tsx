"use client";

import { useEffect, useRef } from "react";
import { usePathname } from "next/navigation";

/**
 * After a client-side navigation, moves focus to the new page's main heading so a screen reader
 * announces the page (WCAG 2.4.3). The first load is left alone: the browser starts at the top. A page
 * that has already put the focus somewhere in its content (a save's success notice) keeps it there.
 */
export function FocusHeadingOnNavigate() {
  const pathname = usePathname();
  const previous = useRef(pathname);
  useEffect(() => {
    if (previous.current === pathname) return;
    previous.current = pathname;
    const main = document.getElementById("main");
    if (main && document.activeElement && document.activeElement !== main && main.contains(document.activeElement)) return;
    const heading = document.querySelector<HTMLElement>("#main h1") ?? document.getElementById("main");
    if (!heading) return;
    if (!heading.hasAttribute("tabindex")) heading.setAttribute("tabindex", "-1");
    heading.focus({ preventScroll: true });
  }, [pathname]);
  return null;
}
