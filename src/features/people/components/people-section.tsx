import { getTranslations } from "next-intl/server";
import { getDateFormat } from "@/i18n/server-dates";
import type { Actor } from "@/server/authz/actor";
import { loadFamilyPeople } from "../queries";
import { AddChildForm, AddParentForm, EndPlacementForm, MovePlacementForm, StaffForm, StartPlacementForm } from "./people-forms";
import { TableRegion } from "@/components/table-region";
import { SuccessNotice } from "@/components/success-notice";
import { ClientMessages } from "@/components/client-messages";
import { PEOPLE_MESSAGES } from "@/features/people/client-messages";

/** The family page's "who works on it, who belongs to it, where the children live" changes and history. */
const NOTICES = ["placementStarted", "ended"] as const;

export async function PeopleSection({ actor, familyId, notice }: { actor: Actor; familyId: string; notice?: string | string[] }) {
  const data = await loadFamilyPeople(actor, familyId);
  if (!data) return null;
  const [t, format] = await Promise.all([getTranslations("people"), getDateFormat()]);
  const when = (d: Date | null) => (d ? format(d) : t("untilNow"));
  const date = (d: string) => format(d);
  const box = "rounded border border-slate-200 bg-white p-4";
  return (
    <ClientMessages namespaces={PEOPLE_MESSAGES}>
    <section aria-labelledby="staff-heading" className="space-y-4">
      <div className={box}>
        <h2 id="staff-heading" className="text-lg font-semibold">{t("staffHeading")}</h2>
        {data.history.length === 0 ? <p className="mt-2 text-sm text-slate-600">{t("noHistory")}</p> : (
          <TableRegion label={t("historyCaption")}>
            <table className="mt-2 w-full text-sm" data-testid="staff-history">
              <caption className="text-left font-medium">{t("historyCaption")}</caption>
              <thead><tr className="text-left"><th scope="col">{t("role")}</th><th scope="col">{t("name")}</th><th scope="col">{t("period")}</th></tr></thead>
              <tbody>
                {data.history.map((h) => (
                  <tr key={h.id}><td>{t(`roles.${h.role}`)}</td><td>{h.name}</td><td>{when(h.from)} – {when(h.to)}</td></tr>
                ))}
              </tbody>
            </table>
          </TableRegion>
        )}
        {data.can.staff && (
          <details className="no-print mt-3">
            <summary className="cursor-pointer text-sm font-medium text-brand-700">{t("changeStaff")}</summary>
            <div className="mt-2"><StaffForm familyId={familyId} staff={data.staff} /></div>
          </details>
        )}
      </div>
      {data.can.place && data.children.length > 0 && (
        <div className={`${box} no-print`}>
          <h2 id="placements-heading" className="text-lg font-semibold">{t("placementsHeading")}</h2>
          {NOTICES.map((n) => n === notice && (
            <SuccessNotice key={n} className="mt-2">{t(n)}</SuccessNotice>
          ))}
          <ul className="mt-2 space-y-4" data-testid="placement-changes">
            {data.children.map((c) => (
              <li key={c.id} data-testid="child-placement">
                <p className="font-medium">{c.name}: {c.open ? t("placedAt", { site: c.open.site, date: date(c.open.startDate) }) : t("noPlacement")}</p>
                {c.open ? (
                  <>
                    <details className="mt-1">
                      <summary className="cursor-pointer text-sm text-brand-700">{t("moveChild", { child: c.name })}</summary>
                      <div className="mt-2"><MovePlacementForm familyId={familyId} placement={c.open} sites={data.sites} today={data.today} /></div>
                    </details>
                    <details className="mt-1">
                      <summary className="cursor-pointer text-sm text-brand-700">{t("endPlacementOf", { child: c.name })}</summary>
                      <div className="mt-2"><EndPlacementForm familyId={familyId} placement={c.open} today={data.today} /></div>
                    </details>
                  </>
                ) : (
                  <details className="mt-1">
                    <summary className="cursor-pointer text-sm text-brand-700">{t("startPlacementOf", { child: c.name })}</summary>
                    <div className="mt-2"><StartPlacementForm familyId={familyId} childId={c.id} sites={data.sites} today={data.today} /></div>
                  </details>
                )}
              </li>
            ))}
          </ul>
        </div>
      )}
      {data.can.people && (
        <div className={`${box} no-print grid gap-4 md:grid-cols-2`}>
          <details>
            <summary className="cursor-pointer font-medium text-brand-700">{t("addChild")}</summary>
            <div className="mt-2"><AddChildForm familyId={familyId} today={data.today} /></div>
          </details>
          <details>
            <summary className="cursor-pointer font-medium text-brand-700">{t("addParent")}</summary>
            <div className="mt-2"><AddParentForm familyId={familyId} /></div>
          </details>
        </div>
      )}
    </section>
    </ClientMessages>
  );
}
