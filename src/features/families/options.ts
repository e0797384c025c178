import "server-only";
import { getDb } from "@/server/db";
import type { Actor } from "@/server/authz/actor";

/** The choices the enrolment form offers: the municipality's active therapists, and the placement sites. */
export async function enrolOptions(actor: Actor) {
  const db = await getDb();
  const [therapists, sites] = await Promise.all([
    db.user.findMany({ where: { role: "THERAPIST", municipalityId: actor.municipalityId ?? "", active: true }, orderBy: { name: "asc" }, select: { id: true, name: true } }),
    db.placementSite.findMany({ orderBy: { name: "asc" }, select: { id: true, name: true, kind: true } }),
  ]);
  return {
    therapists: therapists.map((u) => ({ value: u.id, label: u.name })),
    sites: sites.map((s) => ({ value: s.id, label: s.name, kind: s.kind })),
  };
}
