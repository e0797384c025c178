import "server-only";
import { getDb } from "@/server/db";
import type { Actor } from "@/server/authz/actor";
import { writeAudit } from "@/server/audit";
import { adminUserReach } from "./reach";

/** Users of the administrator's municipality, and the site users of the sites its children are placed at. */
export async function listUsers(actor: Actor) {
  const db = await getDb();
  const users = await db.user.findMany({
    where: adminUserReach(actor),
    orderBy: [{ role: "asc" }, { name: "asc" }],
    select: { id: true, name: true, email: true, role: true, active: true, municipality: { select: { name: true } } },
    take: 500,
  });
  await writeAudit(db, actor, { action: "VIEW", recordType: "UserList", details: { count: users.length } });
  return users;
}

export async function listSites() {
  const db = await getDb();
  return db.placementSite.findMany({ orderBy: { name: "asc" }, select: { id: true, name: true, kind: true, address: true } });
}
