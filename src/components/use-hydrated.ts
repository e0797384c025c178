"use client";

import { useEffect, useState } from "react";

/**
 * False in the server's HTML and until React has taken over the page. A control that only works with the
 * script is disabled until then, so an early click is not silently lost (and tests wait for it).
 */
export function useHydrated(): boolean {
  const [hydrated, setHydrated] = useState(false);
  useEffect(() => setHydrated(true), []);
  return hydrated;
}
