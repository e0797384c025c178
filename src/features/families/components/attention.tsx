import Link from "next/link";
import { getTranslations } from "next-intl/server";
import type { Actor } from "@/server/authz/actor";
import { addDays, todayInCopenhagen } from "@/domain/method";
import { countFamilies } from "../queries";

const ITEMS = {
  overdue: { href: "/families?due=overdue", filter: (today: string) => ({ due: "overdue" as const, today }) },
  week: { href: "/families?due=week", filter: (today: string) => ({ due: "week" as const, today }) },
  fortnight: { href: "/families?due=fortnight", filter: (today: string) => ({ due: "fortnight" as const, today }) },
  assessment: { href: "/families?attention=assessment", filter: (today: string) => ({ attention: "assessment" as const, attentionBy: addDays(today, 14) }) },
  draft: { href: "/families?attention=draft", filter: () => ({ attention: "draft" as const }) },
  startUp: { href: "/families?attention=startUp", filter: (today: string) => ({ attention: "startUp" as const, today }) },
};
export type AttentionItem = keyof typeof ITEMS;

/** "What needs me now": each number is the length of the list it links to (same filter, same scope). */
export async function Attention({ actor, items }: { actor: Actor; items: AttentionItem[] }) {
  const t = await getTranslations("home.attention");
  const today = todayInCopenhagen(new Date());
  const counts = await Promise.all(items.map((k) => countFamilies(actor, ITEMS[k].filter(today))));
  return (
    <section aria-labelledby="attention-heading">
      <h2 id="attention-heading" className="mb-2 text-lg font-semibold">{t("heading")}</h2>
      <ul className="grid grid-cols-2 gap-3 sm:grid-cols-3 lg:grid-cols-5" data-testid="attention">
        {items.map((k, i) => (
          <li key={k}>
            <Link href={ITEMS[k].href} data-testid={`attention-${k}`}
              className={`block rounded border p-3 hover:bg-slate-50 ${k === "overdue" && counts[i] ? "border-red-300 bg-red-50" : "border-slate-200 bg-white"}`}>
              <span className="block text-2xl font-semibold" data-testid="attention-count">{counts[i]}</span>
              <span className="text-sm text-slate-700">{t(k)}</span>
            </Link>
          </li>
        ))}
      </ul>
    </section>
  );
}
