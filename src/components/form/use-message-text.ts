"use client";
import { useTranslations } from "next-intl";
import { readableParams } from "@/i18n/dates";
import { useDateFormat } from "@/i18n/use-date-format";

/** A server message (key and parameters) in the user's language, its dates written as dates, never "2026-12-01". */
export function useMessageText() {
  const t = useTranslations();
  const format = useDateFormat();
  return (key: string, params?: Record<string, string | number>) => t(key, readableParams(params, format));
}
