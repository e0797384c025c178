import { getTranslations } from "next-intl/server";
import type { PortalPlanVersion } from "../plan-queries";

/** A plan version as the parent reads it: their own account and each goal in their words. */
export async function PlanVersionView({ version }: { version: PortalPlanVersion }) {
  const t = await getTranslations("portal");
  return (
    <div className="space-y-3">
      {version.parentsAccount && (
        <div>
          <h3 className="font-medium">{t("plan.yourAccount")}</h3>
          <p>»{version.parentsAccount}«</p>
        </div>
      )}
      <ol className="space-y-3">
        {version.goals.map((g) => (
          <li key={g.id} className="rounded border border-slate-200 bg-white p-4">
            <h3 className="text-lg font-semibold">{g.title}</h3>
            <dl className="mt-2 space-y-2">
              {g.parentsWords && <div><dt className="font-medium">{t("goal.yourWords")}</dt><dd>»{g.parentsWords}«</dd></div>}
              {g.successCriteria && <div><dt className="font-medium">{t("goal.whenReached")}</dt><dd>{g.successCriteria}</dd></div>}
              {g.supportedBy && <div><dt className="font-medium">{t("goal.whoHelps")}</dt><dd>{g.supportedBy}</dd></div>}
            </dl>
          </li>
        ))}
      </ol>
    </div>
  );
}
