import { getTranslations } from "next-intl/server";
import { getCurrentActor } from "@/server/auth/session";
import { roleMay } from "@/server/authz/policy";
import { loadPortalOverview } from "@/features/portal/overview-queries";
import { portalCalendar } from "@/features/portal/calendar";

export const dynamic = "force-dynamic";

/** The parent's coming follow-ups and meetings as an .ics file; everyone else gets "not found". */
export async function GET() {
  const actor = await getCurrentActor();
  if (!actor || !roleMay(actor.role, "portal.view")) return new Response("Not found", { status: 404 });
  const overview = await loadPortalOverview(actor);
  if (!overview) return new Response("Not found", { status: 404 });
  const t = await getTranslations("portal.calendar");
  const ics = portalCalendar({ familyId: overview.family.id, followUps: overview.followUps, meetings: overview.meetings, texts: { followUp: t("followUp"), meeting: t("meeting") } }, new Date());
  return new Response(ics, { headers: { "Content-Type": "text/calendar; charset=utf-8", "Content-Disposition": 'attachment; filename="foraeldrestoette.ics"', "Cache-Control": "no-store" } });
}
