import { cookies } from "next/headers";
import { getRequestConfig } from "next-intl/server";
import { asLocale, LOCALE_COOKIE, TIME_ZONE } from "./locales";
import { messagesFor } from "./messages";

// The language is a cookie (set from the header's language switch), Danish by default.
export default getRequestConfig(async () => {
  const locale = asLocale((await cookies()).get(LOCALE_COOKIE)?.value);
  return { locale, messages: messagesFor(locale), timeZone: TIME_ZONE, now: new Date() };
});
