import { getTranslations } from "next-intl/server";
import { getDateFormat } from "@/i18n/server-dates";

/** The parents' newest comments for the next plan revision, in their own words, newest first. */
export async function ParentPlanComments({ comments }: { comments: { id: string; text: string; parentName: string; createdAt: Date }[] }) {
  const [t, tApp, format] = await Promise.all([getTranslations("parentRatings"), getTranslations("app"), getDateFormat()]);
  return (
    <div className="mt-3" data-testid="parent-plan-comments">
      <h3 className="font-medium">{t("commentsHeading")}</h3>
      {comments.length === 0 ? <p className="text-sm text-slate-600">{t("noComments")}</p> : (
        <ul className="mt-1 space-y-2">
          {comments.map((c) => (
            <li key={c.id} className="text-sm">
              <blockquote className="border-l-4 border-brand-100 pl-3 italic">{tApp("quoted", { text: c.text })}</blockquote>
              <p className="pl-4 text-slate-600">{t("commentBy", { name: c.parentName, date: format(c.createdAt) })}</p>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
