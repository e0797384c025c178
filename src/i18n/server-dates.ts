import "server-only";
import { getLocale } from "next-intl/server";
import { dateFormatFor, type DateFormat } from "./dates";

/** The request's date format (src/i18n/dates.ts) for server components. */
export async function getDateFormat(): Promise<DateFormat> {
  return dateFormatFor(await getLocale());
}
