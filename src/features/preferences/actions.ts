"use server";

import { cookies } from "next/headers";
import { revalidatePath } from "next/cache";
import { asLocale, LOCALE_COOKIE } from "@/i18n/locales";
import { fieldOf } from "@/server/action";

export async function setLocaleAction(formData: FormData) {
  const locale = asLocale(fieldOf(formData, "locale"));
  (await cookies()).set(LOCALE_COOKIE, locale, { path: "/", sameSite: "lax", httpOnly: true, maxAge: 60 * 60 * 24 * 365 });
  revalidatePath("/", "layout");
}
