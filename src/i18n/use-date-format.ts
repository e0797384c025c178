"use client";
import { useLocale } from "next-intl";
import { useMemo } from "react";
import { dateFormatFor, type DateFormat } from "./dates";

/** The page's date format (src/i18n/dates.ts) for client components. */
export function useDateFormat(): DateFormat {
  const locale = useLocale();
  return useMemo(() => dateFormatFor(locale), [locale]);
}
