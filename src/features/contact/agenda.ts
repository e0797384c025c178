import "server-only";
import { addDays, mondayOf, todayInCopenhagen } from "@/domain/method";
import { getDb } from "@/server/db";
import type { Actor } from "@/server/authz/actor";
import { familyScope, placedAtConsultantSites, siteChildScope } from "@/server/authz/scope";
import { auditFamilyViews } from "@/server/audit";
import { fromDbDate, toDbDate } from "@/server/dates";
import { topUpBeforeRead } from "./rolling";

const UNRECORDED_DAYS = 60;
const CANCELLATION_DAYS = 30;

const sessionSelect = { id: true, date: true, status: true, contactPlan: { select: { child: { select: { id: true, name: true, familyId: true, family: { select: { municipalityId: true } } } } } } } as const;

/** A placement site's home: this week's contact sessions, and past ones nobody has recorded yet. */
export async function siteContactAgenda(actor: Actor, now = new Date()) {
  const db = await getDb();
  const today = todayInCopenhagen(now);
  const monday = mondayOf(today);
  const mine = { contactPlan: { child: siteChildScope(actor) } };
  await topUpBeforeRead(db, mine.contactPlan, today);
  const [week, unrecorded] = await Promise.all([
    db.contactSession.findMany({ where: { ...mine, date: { gte: toDbDate(monday), lte: toDbDate(addDays(monday, 6)) } }, orderBy: { date: "asc" }, take: 200, select: sessionSelect }),
    db.contactSession.findMany({ where: { ...mine, status: "PLANNED", date: { gte: toDbDate(addDays(today, -UNRECORDED_DAYS)), lt: toDbDate(today) } }, orderBy: { date: "asc" }, take: 200, select: sessionSelect }),
  ]);
  await auditFamilyViews(db, actor, "ContactAgenda", [...week, ...unrecorded].map((s) => ({ familyId: s.contactPlan.child.familyId, municipalityId: s.contactPlan.child.family.municipalityId })));
  const row = (s: (typeof week)[number]) => ({ id: s.id, date: fromDbDate(s.date), status: s.status, childId: s.contactPlan.child.id, childName: s.contactPlan.child.name });
  return { monday, sunday: addDays(monday, 6), week: week.map(row), unrecorded: unrecorded.map(row) };
}

/** A placement consultant's home: sessions cancelled in the last 30 days at the sites they support. */
export async function consultantCancellations(actor: Actor, now = new Date()) {
  const db = await getDb();
  if (actor.role !== "CONSULTANT") return [];
  const today = todayInCopenhagen(now);
  const sessions = await db.contactSession.findMany({
    where: {
      status: { in: ["CANCELLED_BY_PARENT", "CANCELLED_BY_SITE", "CANCELLED_BY_CHILD"] },
      date: { gte: toDbDate(addDays(today, -CANCELLATION_DAYS)), lte: toDbDate(today) },
      // The family within the consultant's reach, and this child itself placed at one of their sites.
      contactPlan: { child: { family: familyScope(actor, "contactPlan.view"), ...placedAtConsultantSites(actor) } },
    },
    orderBy: { date: "desc" },
    take: 100,
    select: { ...sessionSelect, contactPlan: { select: { child: { select: { id: true, name: true, familyId: true, family: { select: { municipalityId: true } }, placements: { where: { endDate: null, siteId: { in: actor.consultantSiteIds } }, take: 1, select: { site: { select: { id: true, name: true } } } } } } } } },
  });
  await auditFamilyViews(db, actor, "ContactCancellations", sessions.map((s) => ({ familyId: s.contactPlan.child.familyId })));
  return sessions.map((s) => {
    const site = s.contactPlan.child.placements[0]?.site;
    return { id: s.id, date: fromDbDate(s.date), status: s.status, childName: s.contactPlan.child.name, siteId: site?.id ?? "", siteName: site?.name ?? "" };
  });
}
