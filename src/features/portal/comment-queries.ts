import "server-only";
import { getDb } from "@/server/db";
import type { Actor } from "@/server/authz/actor";
import { reachOwnFamily } from "./reach";

/** The parent's own comments for the next revision, newest first (the other parent's are theirs). */
export async function loadOwnComments(actor: Actor) {
  const db = await getDb();
  const family = await reachOwnFamily(db, actor, "portal.view");
  if (!family) return [];
  return db.parentPlanComment.findMany({ where: { familyId: family.id, parentId: family.parentId }, orderBy: { createdAt: "desc" }, take: 20, select: { id: true, text: true, createdAt: true } });
}
