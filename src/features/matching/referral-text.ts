import "server-only";
import { anonymisedReferral, type AnonymisedReferral } from "@/domain/matching";
import type { Db } from "@/server/db";
import type { Tx } from "@/server/audit";
import { fromDbDate } from "@/server/dates";

// The family's display name is "Familien Jensen": "Familien" is an ordinary word, the rest names them.
const FAMILY_WORD = /^famili(en|e)$/i;

/**
 * The anonymised referral as it would go out today (the newest profile and everyone's wishes, no names),
 * and the words that would identify the family if they appeared in it: names, family name, addresses.
 * Null when the profile has not been written.
 */
export async function referralDraft(db: Db | Tx, caseId: string, today: string): Promise<{ referral: AnonymisedReferral; identifiers: string[] } | null> {
  const c = await db.matchingCase.findUniqueOrThrow({
    where: { id: caseId },
    select: {
      child: { select: { name: true, birthDate: true, family: { select: { displayName: true, parents: { orderBy: { createdAt: "asc" }, select: { id: true, name: true, address: true } } } } } },
      profiles: { orderBy: { version: "desc" }, take: 1 },
      wishes: { select: { person: true, words: true, fears: true } },
    },
  });
  const profile = c.profiles[0];
  if (!profile) return null;
  const words = (person: string) => {
    const w = c.wishes.find((x) => x.person === person);
    return w ? [w.words, w.fears].filter((s) => s.trim()).join(" — ") : "";
  };
  const parentWishes = c.child.family.parents.map((p) => words(p.id)).filter(Boolean).join("\n\n");
  const referral = anonymisedReferral({
    birthDate: fromDbDate(c.child.birthDate),
    needs: profile.needs, resources: profile.resources, school: profile.school, siblings: profile.siblings, health: profile.health,
    languageCulture: profile.languageCulture, interests: profile.interests, network: [profile.network, profile.distanceToParents].filter(Boolean).join("\n"),
    childWishes: words("CHILD"), parentWishes,
  }, today);
  const familyName = c.child.family.displayName.split(/\s+/).filter((w) => !FAMILY_WORD.test(w)).join(" ");
  const identifiers = [c.child.name, familyName, ...c.child.family.parents.flatMap((p) => [p.name, p.address ?? ""])].filter(Boolean);
  return { referral, identifiers };
}
