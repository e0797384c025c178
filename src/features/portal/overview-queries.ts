import "server-only";
import { siteAsParentSees } from "@/domain/parents";
import { todayInCopenhagen } from "@/domain/method";
import { getDb } from "@/server/db";
import { writeAudit } from "@/server/audit";
import type { Actor } from "@/server/authz/actor";
import { fromDbDate, toDbDate } from "@/server/dates";
import { reachOwnFamily } from "./reach";

const SESSIONS_EACH_WAY = 6;

/**
 * What a parent sees on their overview: their children and where they live (the site's address only when
 * shared), the contact sessions with each child (date and whether it was held or cancelled, never the site's
 * observations), the next follow-ups, the meetings they are invited to, and who their caseworker and
 * therapist are. Only the parent's own record of the two parents is read.
 */
export async function loadPortalOverview(actor: Actor, now = new Date()) {
  const db = await getDb();
  const family = await reachOwnFamily(db, actor, "portal.view");
  if (!family) return null;
  const today = toDbDate(todayInCopenhagen(now));
  const [self, children, dues, meetings, staff] = await Promise.all([
    db.parent.findUniqueOrThrow({ where: { id: family.parentId }, select: { name: true, email: true } }),
    db.child.findMany({
      where: { familyId: family.id },
      orderBy: { birthDate: "asc" },
      select: {
        id: true, name: true,
        placements: { where: { endDate: null }, take: 1, select: { siteSharedWithParents: true, site: { select: { name: true, kind: true, address: true, phone: true } } } },
        contactPlans: { select: { id: true } },
      },
    }),
    db.followUpDue.findMany({ where: { familyId: family.id, heldOn: null, windowEnd: { gte: today } }, orderBy: { dueDate: "asc" }, take: 2, select: { dueDate: true } }),
    db.meeting.findMany({
      where: { familyId: family.id, endsAt: { gte: now }, participants: { some: { kind: "PARENT" } } },
      orderBy: { startsAt: "asc" },
      take: 10,
      select: { id: true, startsAt: true, endsAt: true, location: true, videoLink: true, purpose: true, cancelledAt: true, participants: { where: { kind: "PARENT" }, select: { name: true, email: true } } },
    }),
    db.familyAssignment.findMany({ where: { familyId: family.id }, select: { role: true, user: { select: { name: true, email: true, active: true } } } }),
  ]);
  const planIds = children.flatMap((c) => c.contactPlans.map((p) => p.id));
  const sessionSelect = { date: true, status: true, contactPlan: { select: { childId: true } } } as const;
  const [past, coming] = planIds.length === 0 ? [[], []] : await Promise.all([
    db.contactSession.findMany({ where: { contactPlanId: { in: planIds }, date: { lt: today } }, orderBy: { date: "desc" }, take: SESSIONS_EACH_WAY * children.length, select: sessionSelect }),
    db.contactSession.findMany({ where: { contactPlanId: { in: planIds }, date: { gte: today } }, orderBy: { date: "asc" }, take: SESSIONS_EACH_WAY * children.length, select: sessionSelect }),
  ]);
  // Invited means named: by this parent's e-mail or name, not merely "a parent" of the family.
  const mine = (p: { name: string; email: string | null }) =>
    (!!self.email && p.email?.toLowerCase() === self.email.toLowerCase()) || p.name.trim().toLowerCase() === self.name.trim().toLowerCase();
  await writeAudit(db, actor, { action: "VIEW", recordType: "ParentPortal", recordId: family.id, familyId: family.id, details: { view: "overview" } });
  return {
    family,
    parentName: self.name,
    children: children.map((c) => {
      const placement = c.placements[0];
      const sessions = [...past, ...coming].filter((s) => s.contactPlan.childId === c.id);
      return {
        id: c.id, name: c.name,
        site: placement ? siteAsParentSees(placement.site, placement.siteSharedWithParents) : null,
        past: sessions.filter((s) => s.date < today).slice(0, SESSIONS_EACH_WAY).map((s) => ({ date: fromDbDate(s.date), status: s.status })),
        coming: sessions.filter((s) => s.date >= today).slice(0, SESSIONS_EACH_WAY).map((s) => ({ date: fromDbDate(s.date), status: s.status })),
      };
    }),
    followUps: dues.map((d) => fromDbDate(d.dueDate)),
    meetings: meetings.filter((m) => m.participants.some(mine)).map(({ participants: _, ...m }) => m),
    contacts: staff.filter((a) => a.user.active).map((a) => ({ role: a.role, name: a.user.name, email: a.user.email })),
  };
}
