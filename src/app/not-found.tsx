import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("app");
  return { title: t("notFoundTitle") };
}

export default async function NotFound() {
  const t = await getTranslations("app");
  return (
    <main id="main" className="mx-auto max-w-xl p-8">
      <h1 className="text-2xl font-semibold">{t("notFoundTitle")}</h1>
      <p className="mt-2 text-slate-700">{t("notFoundText")}</p>
      <Link href="/" className="mt-4 inline-block text-brand-700 underline">{t("backHome")}</Link>
    </main>
  );
}
