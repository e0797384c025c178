import { asLocale, TIME_ZONE, type Locale } from "./locales";

// How a date reads, in one place: a few named styles, Danish style in Danish and British style in English,
// always on Copenhagen's clock. A calendar date ("2026-11-12") is read at noon UTC so no zone moves its day.
export const DATE_STYLES = {
  /** 12. nov. 2026 · 12 Nov 2026 */
  day: { dateStyle: "medium" },
  /** 12. november 2026 · 12 November 2026 */
  dayLong: { dateStyle: "long" },
  /** torsdag den 12. november 2026 · Thursday 12 November 2026 */
  weekday: { dateStyle: "full" },
  /** 12. nov. · 12 Nov */
  dayShort: { day: "numeric", month: "short" },
  /** tor. 12. nov. · Thu 12 Nov */
  weekdayShort: { weekday: "short", day: "numeric", month: "short" },
  /** 12. nov. 2026 kl. 14.30 · 12 Nov 2026, 14:30 */
  dayTime: { dateStyle: "medium" },
  /** 12. november 2026 kl. 14.30 */
  dayLongTime: { dateStyle: "long" },
  /** torsdag den 12. november 2026 kl. 14.30 */
  weekdayTime: { dateStyle: "full" },
  /** 14.30 · 14:30 */
  time: { timeStyle: "short" },
  /** 12.11.2026 14.30.05: the audit log, to the second */
  stamp: { dateStyle: "short", timeStyle: "medium" },
} as const satisfies Record<string, Intl.DateTimeFormatOptions>;

export type DateStyle = keyof typeof DATE_STYLES;

// The date and the time of day joined as each language writes it ("kl." in Danish), not as ICU joins them.
const WITH_TIME: readonly DateStyle[] = ["dayTime", "dayLongTime", "weekdayTime"];
const TAGS: Record<Locale, string> = { da: "da-DK", en: "en-GB" };
const JOINERS: Record<Locale, string> = { da: " kl. ", en: ", " };
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(tag: string, style: DateStyle): Intl.DateTimeFormat {
  const key = `${tag}|${style}`;
  let f = formatters.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat(tag, { ...DATE_STYLES[style], timeZone: TIME_ZONE });
    formatters.set(key, f);
  }
  return f;
}

export function formatDate(locale: string, value: Date | string, style: DateStyle = "day"): string {
  const lang = asLocale(locale);
  const date = typeof value === "string" ? new Date(`${value}T12:00:00Z`) : value;
  const text = formatter(TAGS[lang], style).format(date);
  return WITH_TIME.includes(style) ? `${text}${JOINERS[lang]}${formatter(TAGS[lang], "time").format(date)}` : text;
}

export type DateFormat = (value: Date | string, style?: DateStyle) => string;

export const dateFormatFor = (locale: string): DateFormat => (value, style) => formatDate(locale, value, style);

const CALENDAR_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** A message's parameters with every calendar date ("2026-12-01") written as a date: rules pass dates as data. */
export function readableParams<P extends Record<string, string | number>>(params: P | undefined, format: DateFormat): P {
  const out = { ...(params ?? {}) } as Record<string, string | number>;
  for (const [k, v] of Object.entries(out)) if (typeof v === "string" && CALENDAR_DATE.test(v)) out[k] = format(v);
  return out as P;
}
