import "server-only";
import { getDb } from "@/server/db";
import { writeAudit } from "@/server/audit";
import type { Actor } from "@/server/authz/actor";
import { fromDbDate, fromDbDateOrNull } from "@/server/dates";
import { reachOwnFamily } from "./reach";

/** The parent's own requests for access to their file, newest first, or null outside their reach. */
export async function loadOwnFileRequests(actor: Actor) {
  const db = await getDb();
  const family = await reachOwnFamily(db, actor, "portal.view");
  if (!family) return null;
  const rows = await db.fileAccessRequest.findMany({ where: { parentId: family.parentId }, orderBy: { createdAt: "desc" }, select: { id: true, requestedOn: true, dueOn: true, answeredOn: true } });
  await writeAudit(db, actor, { action: "VIEW", recordType: "ParentPortal", recordId: family.id, familyId: family.id, details: { view: "fileRequests" } });
  return rows.map((r) => ({ id: r.id, requestedOn: fromDbDate(r.requestedOn), dueOn: fromDbDate(r.dueOn), answeredOn: fromDbDateOrNull(r.answeredOn) }));
}
