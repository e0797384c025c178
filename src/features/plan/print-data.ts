import "server-only";
import { todayInCopenhagen } from "@/domain/method";
import { fromToday } from "@/domain/plan";
import { getDb } from "@/server/db";
import type { Actor } from "@/server/authz/actor";
import { reachFamily } from "@/features/families/access";

/** The parents' copy lists at most this many coming meetings; it is a sheet of paper. */
const MEETINGS_SHOWN = 5;

/**
 * What the printed plan adds to the family page's data: who the parents can contact (name and
 * e-mail of the caseworker and therapists now assigned) and the coming meetings the parents are
 * invited to. Null when out of reach; the print page's family read has written the VIEW row.
 */
export async function loadPlanContacts(actor: Actor, familyId: string, now = new Date()) {
  const db = await getDb();
  const reach = await reachFamily(db, actor, familyId, "plan.view");
  if (!reach) return null;
  const today = todayInCopenhagen(now);
  const [municipality, assignments, meetings] = await Promise.all([
    db.municipality.findUniqueOrThrow({ where: { id: reach.municipalityId }, select: { name: true } }),
    db.familyAssignment.findMany({ where: { familyId }, select: { role: true, user: { select: { id: true, name: true, email: true } } } }),
    // Started at most a day ago: a meeting earlier today still counts as today's.
    db.meeting.findMany({
      where: { familyId, cancelledAt: null, startsAt: { gte: new Date(now.getTime() - 86_400_000) }, participants: { some: { kind: "PARENT" } } },
      orderBy: { startsAt: "asc" }, take: MEETINGS_SHOWN + 5,
      select: { id: true, startsAt: true, location: true, videoLink: true, purpose: true },
    }),
  ]);
  const byName = (a: { user: { name: string } }, b: { user: { name: string } }) => a.user.name.localeCompare(b.user.name, "da");
  const contact = (role: "CASEWORKER" | "THERAPIST") =>
    assignments.filter((a) => a.role === role).sort(byName).map((a) => ({ id: a.user.id, name: a.user.name, email: a.user.email }));
  return {
    today,
    municipality: municipality.name,
    caseworkers: contact("CASEWORKER"),
    therapists: contact("THERAPIST"),
    meetings: fromToday(meetings, today, (m) => todayInCopenhagen(m.startsAt)).slice(0, MEETINGS_SHOWN)
      .map((m) => ({ id: m.id, startsAt: m.startsAt, place: m.location || m.videoLink || "", purpose: m.purpose })),
  };
}
