"use client";

import { useEffect, useRef } from "react";

/**
 * What a save did, said where the user is: announced (role=status) and given focus when it appears,
 * so a screen-reader user hears it and a keyboard user continues from it (WCAG 4.1.3).
 */
export function SuccessNotice({ children, testId, className = "" }: { children: React.ReactNode; testId?: string; className?: string }) {
  const ref = useRef<HTMLParagraphElement>(null);
  useEffect(() => ref.current?.focus(), []);
  return (
    <p ref={ref} tabIndex={-1} role="status" data-testid={testId}
      className={`rounded border border-green-300 bg-green-50 p-3 text-sm text-green-900 ${className}`}>
      {children}
    </p>
  );
}
