import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import type { Actor } from "@/server/authz/actor";

/** The users an administrator manages: their municipality's, and the site users of the sites its children are placed at. */
export function adminUserReach(actor: Pick<Actor, "municipalityId">): Prisma.UserWhereInput {
  const municipalityId = actor.municipalityId ?? "";
  return {
    OR: [{ municipalityId }, {
      municipalityId: null, role: "SITE",
      siteMemberships: { some: { site: { placements: { some: { child: { family: { municipalityId } } } } } } },
    }],
  };
}
