import "server-only";
import { todayInCopenhagen } from "@/domain/method";
import { staffToken } from "@/domain/people";
import { getDb } from "@/server/db";
import type { Actor } from "@/server/authz/actor";
import { roleMay } from "@/server/authz/policy";
import { fromDbDate } from "@/server/dates";
import { reachFamily } from "@/features/families/access";

/**
 * What the family page's people section needs beyond the family page itself: who held the staff
 * roles when, the open placements with their versions (the move and end forms send them back), and
 * the choices the forms offer. Null when the family is out of reach. The family page's own read has
 * written the VIEW audit row for this family.
 */
export async function loadFamilyPeople(actor: Actor, familyId: string, now = new Date()) {
  const db = await getDb();
  const reach = await reachFamily(db, actor, familyId, "family.view");
  if (!reach) return null;
  const canPeople = roleMay(actor.role, "family.people") && reach.stage !== "CLOSED";
  const canPlace = roleMay(actor.role, "placement.write") && reach.stage !== "CLOSED";
  const canStaff = roleMay(actor.role, "family.staff") && reach.stage !== "CLOSED";
  const [history, assignments, children, sites, staff] = await Promise.all([
    db.assignmentHistory.findMany({ where: { familyId }, orderBy: [{ fromAt: "desc" }, { id: "asc" }], take: 100, select: { id: true, userId: true, role: true, fromAt: true, toAt: true } }),
    db.familyAssignment.findMany({ where: { familyId }, select: { userId: true, role: true } }),
    canPlace
      ? db.child.findMany({
          where: { familyId }, orderBy: { birthDate: "asc" },
          select: { id: true, name: true, birthDate: true, placements: { where: { endDate: null }, take: 1, select: { id: true, version: true, siteId: true, type: true, legalBasis: true, startDate: true, site: { select: { name: true } } } } },
        })
      : Promise.resolve([]),
    canPlace ? db.placementSite.findMany({ orderBy: { name: "asc" }, select: { id: true, name: true, kind: true } }) : Promise.resolve([]),
    canStaff
      ? db.user.findMany({ where: { municipalityId: reach.municipalityId, active: true, role: { in: ["CASEWORKER", "THERAPIST"] } }, orderBy: { name: "asc" }, select: { id: true, name: true, role: true } })
      : Promise.resolve([]),
  ]);
  const names = new Map((await db.user.findMany({ where: { id: { in: [...new Set(history.map((h) => h.userId))] } }, select: { id: true, name: true } })).map((u) => [u.id, u.name]));
  return {
    today: todayInCopenhagen(now),
    can: { people: canPeople, place: canPlace, staff: canStaff },
    history: history.map((h) => ({ id: h.id, name: names.get(h.userId) ?? "–", role: h.role, from: h.fromAt, to: h.toAt })),
    staff: {
      token: staffToken(assignments),
      caseworkerId: assignments.find((a) => a.role === "CASEWORKER")?.userId ?? "",
      therapistIds: assignments.filter((a) => a.role === "THERAPIST").map((a) => a.userId),
      caseworkers: staff.filter((u) => u.role === "CASEWORKER").map((u) => ({ value: u.id, label: u.name })),
      therapists: staff.filter((u) => u.role === "THERAPIST").map((u) => ({ value: u.id, label: u.name })),
    },
    children: children.map((c) => {
      const open = c.placements[0];
      return {
        id: c.id, name: c.name, birthDate: fromDbDate(c.birthDate),
        open: open ? { id: open.id, version: open.version, siteId: open.siteId, site: open.site.name, type: open.type, legalBasis: open.legalBasis, startDate: fromDbDate(open.startDate) } : null,
      };
    }),
    sites: sites.map((s) => ({ value: s.id, label: s.name, kind: s.kind })),
  };
}
