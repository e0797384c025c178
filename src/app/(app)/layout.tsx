import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { requireActor } from "@/server/auth/session";
import { NAV } from "@/features/navigation/nav";
import { LanguageSwitch } from "@/components/language-switch";
import { setLocaleAction } from "@/features/preferences/actions";
import { LogoutButton } from "@/components/logout-button";
import { MenuToggle } from "@/components/menu-toggle";
import { FocusHeadingOnNavigate } from "@/components/focus-heading-on-navigate";
import { notificationsFor } from "@/features/notifications/queries";
import { roleMay } from "@/server/authz/policy";
import { timed } from "@/server/timing";

export const dynamic = "force-dynamic";

export default async function AppLayout({ children }: { children: React.ReactNode }) {
  const actor = await requireActor();
  // Every page counts the user's reminders: its own part of the Server-Timing header.
  const [t, notifications] = await Promise.all([getTranslations(), roleMay(actor.role, "notifications.own") ? timed("reminders", () => notificationsFor(actor)) : []]);
  const unread = notifications.filter((n) => !n.read).length;
  return (
    <div className="min-h-screen">
      <a href="#main" className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:rounded focus:bg-white focus:p-2">
        {t("app.skipToContent")}
      </a>
      <header className="no-print border-b border-slate-200 bg-white">
        <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-3 px-4 py-3">
          <Link href="/" className="font-semibold text-brand-700">{t("app.name")}</Link>
          <MenuToggle label={t("app.menu")}>
            <nav aria-label={t("nav.label")}>
              <ul className="flex flex-col gap-1 lg:flex-row lg:flex-wrap">
                {NAV[actor.role].map((item) => (
                  <li key={item.href}>
                    <Link href={item.href} className="block rounded px-3 py-1.5 text-sm hover:bg-slate-100">{t(`nav.${item.label}`)}</Link>
                  </li>
                ))}
              </ul>
            </nav>
            <div className="flex flex-col items-start gap-2 lg:flex-row lg:items-center lg:gap-3">
              <Link href="/profile" className="break-words px-3 text-sm text-slate-600 hover:underline lg:px-0" data-testid="current-user">
                {actor.name} · <span data-testid="current-role">{t(`roles.${actor.role}`)}</span>
              </Link>
              {roleMay(actor.role, "notifications.own") && (
                <Link href="/notifications" className="rounded px-3 py-1 text-sm hover:bg-slate-100 lg:px-2" data-testid="notification-link">{t("notifications.link", { count: unread })}</Link>
              )}
              <LanguageSwitch action={setLocaleAction} />
              <LogoutButton />
            </div>
          </MenuToggle>
        </div>
      </header>
      <main id="main" className="mx-auto max-w-6xl break-words px-4 py-6">{children}</main>
      <FocusHeadingOnNavigate />
    </div>
  );
}
