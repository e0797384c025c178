import "server-only";
import type { Db } from "@/server/db";
import type { Tx } from "@/server/audit";

/**
 * Who can have heard the child or a parent on this case: the family's caseworkers and the placement
 * consultant taking part (the consultant usually meets the child, so the caseworker who writes it down is
 * often not the one who heard it). `keep` names someone already on record, who stays choosable after
 * leaving the case, so correcting a wish never silently changes who heard it.
 */
export async function wishHearers(db: Db | Tx, c: { municipalityId: string; familyId: string; consultantId: string | null }, keep: (string | null)[] = []) {
  const kept = keep.filter((k): k is string => !!k);
  return db.user.findMany({
    where: {
      municipalityId: c.municipalityId,
      OR: [
        {
          active: true,
          OR: [
            { role: "CASEWORKER", assignments: { some: { familyId: c.familyId, role: "CASEWORKER" } } },
            ...(c.consultantId ? [{ role: "CONSULTANT" as const, id: c.consultantId }] : []),
          ],
        },
        ...(kept.length ? [{ id: { in: kept } }] : []),
      ],
    },
    orderBy: { name: "asc" },
    select: { id: true, name: true },
  });
}
