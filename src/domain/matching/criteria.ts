// The criteria of Barnets Lov § 52 a shortlisted site is rated against, and the comparison of a shortlist.
// No ranking: the comparison only lays the ratings side by side; people decide.

export const SECTION_52_CRITERIA = [
  "CHILD_NEEDS_AND_PLAN",
  "STABLE_ADULT_RELATIONS",
  "FOSTER_FAMILY_FIRST",
  "SCHOOL_CONTINUITY",
  "SIBLINGS_TOGETHER",
  "CHILD_WISHES",
  "PARENT_WISHES",
] as const;
export type Section52Criterion = (typeof SECTION_52_CRITERIA)[number];

export const CRITERION_RATINGS = ["MET", "PARTLY", "NOT_MET", "NOT_APPLICABLE"] as const;
export type CriterionRating = (typeof CRITERION_RATINGS)[number];

/** What of the child's situation makes a criterion moot: no siblings to keep together, no school to keep. */
export interface CriteriaContext {
  hasSiblings: boolean;
  inSchool: boolean;
}

/** Only the sibling and school criteria can be "not applicable", and only when the child has none / is in none. */
export function criterionMayBeNotApplicable(criterion: Section52Criterion, context: CriteriaContext): boolean {
  if (criterion === "SIBLINGS_TOGETHER") return !context.hasSiblings;
  if (criterion === "SCHOOL_CONTINUITY") return !context.inSchool;
  return false;
}

export interface CandidateRating {
  criterion: Section52Criterion;
  rating: CriterionRating;
  note: string;
}

export interface ComparisonCell {
  rating: CriterionRating | null;
  note: string;
}

/** Criteria as rows, candidates as columns, in the order the candidates were shortlisted; an unrated cell is null. */
export function comparisonTable<C extends { id: string; ratings: readonly CandidateRating[] }>(
  candidates: readonly C[],
): { criterion: Section52Criterion; cells: { candidateId: string; cell: ComparisonCell }[] }[] {
  return SECTION_52_CRITERIA.map((criterion) => ({
    criterion,
    cells: candidates.map((c) => {
      const r = c.ratings.find((x) => x.criterion === criterion);
      return { candidateId: c.id, cell: r ? { rating: r.rating, note: r.note } : { rating: null, note: "" } };
    }),
  }));
}
