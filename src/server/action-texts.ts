import "server-only";
import { getLocale, getTranslations } from "next-intl/server";
import { dateFormatFor, readableParams } from "@/i18n/dates";
import type { CommandResult } from "./command";

/**
 * A refusal with its words in the user's language, written here on the server: a form then needs no
 * catalogue of every rule's reasons and every field's errors, only its own labels.
 */
export async function withTexts<T>(result: CommandResult<T>): Promise<CommandResult<T>> {
  if (result.ok) return result;
  const [t, locale] = await Promise.all([getTranslations(), getLocale()]);
  const format = dateFormatFor(locale);
  const say = (key: string, params?: Record<string, string | number>) => t(key, readableParams(params, format));
  const fieldErrors = result.fieldErrors
    ? Object.fromEntries(Object.entries(result.fieldErrors).map(([name, list]) => [name, list.map((e) => ({ ...e, text: say(e.key, e.params) }))]))
    : undefined;
  return {
    ...result,
    ...(fieldErrors ? { fieldErrors } : {}),
    texts: { code: say(`errors.${result.code}`), ...(result.reason ? { reason: say(`reasons.${result.reason}`, result.params) } : {}) },
  };
}
