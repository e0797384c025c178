import { BREAKDOWN_CAUSES, BREAKDOWN_ENDED_BY, SECTION_52_CRITERIA } from "@/domain/matching";

// Matching (Styrket match) at national scale, on top of the children and placements seed:scale has
// already staged (s_child, s_fam, s_site). Proportions, roughly as Danish placement practice reports them:
// - 70 % of placements were made through a § 52 matching case in the system (the rest predate it); the
//   case is in its first year while the placement is younger than a year, otherwise closed;
// - each decided case proposed 1–3 sites, each rated on the seven § 52 criteria, the chosen one said yes;
// - about a third of the placements that ended, ended as a breakdown (sammenbrud), with its record and a
//   new case for the child: still searching when the breakdown is recent, withdrawn when it is not;
// - 4 % of children placed now have a case under way for a planned change of site (§ 98).

const lit = (s: string) => `'${s.replace(/'/g, "''")}'`;
const arr = (list: readonly string[]) => `ARRAY[${list.map(lit).join(",")}]::text[]`;
const pick = (list: readonly string[]) => `(${arr(list)})[1 + floor(random() * ${list.length})::int]`;
const pad = (expr: string, n: number) => `lpad((${expr})::text, ${n}, '0')`;
const key = (fno: string, c: string) => `${pad(fno, 6)} || '-' || ${c}`;

const OPEN_STAGES = ["PROFILE", "SEARCH", "SHORTLIST", "DECISION"] as const;
const LEARNED = [
  "Barnet har brug for færre børn omkring sig og faste voksne om aftenen.",
  "Skoleskiftet var for stort; næste sted skal ligge tæt på den gamle skole.",
  "Anbringelsesstedet manglede erfaring med samarbejde med forældrene.",
  "Barnets ønske om at bo tæt på sin søster skulle have vejet tungere.",
];
const WARNING_SIGNS = ["Flere konflikter om aftenen de sidste måneder.", "Barnet udeblev fra skole.", "Plejeforældrene bad om aflastning flere gange.", ""];
const NEEDS = ["Ro og faste voksne", "Hjælp til skolegang og lektier", "Tæt kontakt til forældrene", "Støtte til at sove og spise regelmæssigt"];
const WORDS = ["Jeg vil gerne bo tæt på min skole.", "Jeg vil gerne have et dyr.", "Jeg vil gerne se min mor hver uge.", "Jeg vil ikke bo med mange børn."];
const outcome = (u: string) => `CASE WHEN ${u} < .5 THEN 'FOLLOWED' WHEN ${u} < .7 THEN 'PARTLY' WHEN ${u} < .85 THEN 'NOT_FOLLOWED' ELSE 'NONE' END`;
const rating = `(ARRAY['MET','MET','PARTLY','NOT_MET'])[1 + floor(random() * 4)::int]`;

/** The statements, in order; `T` is today as a date literal. */
export function matchingRows(T: string): string[] {
  const criteria = arr(SECTION_52_CRITERIA);
  return [
    // One row per case: decided (d), opened by a breakdown (n) or under way for a planned change (p).
    `CREATE TEMP TABLE s_mc AS
     SELECT c.fno, c.c, c.id AS child_id, c.site_id, c.sno, c.placed_on, c.closed_on, c.voluntary, f.mid, f.cw_id, f.cons_id,
       'spl' || ${key("c.fno", "c.c")} AS placement_id, 'spa' || ${pad("c.fno", 6)} || '-1' AS parent_id,
       x.kind, 'smc' || x.kind || ${key("c.fno", "c.c")} AS id, random() AS u1, random() AS u2, random() AS u3,
       CASE WHEN x.kind = 'd' THEN c.placed_on - (20 + floor(random() * 60))::int
            WHEN x.kind = 'n' THEN c.closed_on
            ELSE greatest(c.placed_on + 30, ${T} - (10 + floor(random() * 90))::int) END AS opened
     FROM s_child c JOIN s_fam f ON f.fno = c.fno
     -- The VALUES refer to the child's row, so random() is drawn per child (an uncorrelated subquery would draw once).
     CROSS JOIN LATERAL (VALUES ('d', random() < .7 AND c.id IS NOT NULL), ('n', c.closed_on IS NOT NULL AND random() < .33),
                                ('p', c.closed_on IS NULL AND random() < .04 AND c.placed_on < ${T} - 400)) AS x(kind, included)
     WHERE x.included`,
    `ANALYZE s_mc`,
    `INSERT INTO "MatchingCase" (id, "municipalityId", "childId", "openedById", "consultantId", urgency, "legalBasis", deadline, stage,
       "withdrawnReason", "previousPlacementId", "openedOn", "moveDate", "closedOn", "createdAt", "updatedAt", version)
     SELECT m.id, m.mid, m.child_id, m.cw_id, m.cons_id,
       (CASE WHEN m.kind = 'n' OR m.u1 < .25 THEN 'ACUTE' ELSE 'PLANNED' END)::"MatchingUrgency",
       (CASE WHEN m.voluntary THEN 'VOLUNTARY' ELSE 'WITHOUT_CONSENT' END)::"LegalBasis",
       m.opened + CASE WHEN m.kind = 'n' OR m.u1 < .25 THEN 14 ELSE 90 END,
       m.stage::"MatchingStage",
       CASE WHEN m.stage = 'WITHDRAWN' THEN 'Barnet blev hjemgivet; der skal ikke findes et nyt sted.' END,
       CASE WHEN m.kind = 'n' THEN m.placement_id END,
       m.opened, CASE WHEN m.kind = 'd' THEN m.placed_on END,
       CASE WHEN m.stage = 'CLOSED' THEN coalesce(m.closed_on, m.placed_on + 365) WHEN m.stage = 'WITHDRAWN' THEN m.opened + 60 END,
       (m.opened + TIME '09:00') AT TIME ZONE 'Europe/Copenhagen', (m.opened + TIME '09:00') AT TIME ZONE 'Europe/Copenhagen', 3
     FROM (
       SELECT s.*, CASE
         WHEN s.kind = 'd' THEN CASE WHEN s.closed_on IS NOT NULL OR s.placed_on <= ${T} - 365 THEN 'CLOSED' ELSE 'FIRST_YEAR' END
         WHEN s.kind = 'n' AND s.closed_on < ${T} - 120 THEN 'WITHDRAWN'
         ELSE (${arr(OPEN_STAGES)})[1 + floor(s.u2 * 4)::int] END AS stage
       FROM s_mc s
     ) m ORDER BY m.id`,
    // Candidates: the chosen site (k = 0) and up to two others of the country's sites.
    `CREATE TEMP TABLE s_mk AS
     SELECT m.id AS case_id, m.kind, g.k, mc.stage::text AS stage, m.opened, m.cw_id, m.cons_id,
       'smk' || substr(m.id, 4) || '-' || g.k AS id,
       CASE WHEN g.k = 0 AND m.kind = 'd' THEN m.site_id ELSE s.id END AS site_id
     FROM s_mc m JOIN "MatchingCase" mc ON mc.id = m.id
     CROSS JOIN LATERAL generate_series(0, CASE WHEN m.kind = 'd' THEN floor(m.u3 * 3)::int
                                                WHEN mc.stage IN ('SHORTLIST', 'DECISION') THEN 1 ELSE -1 END) AS g(k)
     JOIN s_site s ON s.sno = 1 + (m.sno + g.k * 7 + (m.kind <> 'd')::int * 3) % (SELECT count(*) FROM s_site)::int`,
    `DELETE FROM s_mk a USING s_mk b WHERE a.case_id = b.case_id AND a.site_id = b.site_id AND a.k > b.k`,
    `INSERT INTO "MatchingCandidate" (id, "caseId", "siteId", "proposedById", "referralSentOn", referral, answer, "answerNote", "answeredAt", "createdAt", "updatedAt", version)
     SELECT k.id, k.case_id, k.site_id, k.cons_id, k.opened + 7,
       jsonb_build_object('ageYears', 6 + floor(random() * 10)::int, 'needs', ${pick(NEEDS)}, 'school', 'Går i folkeskole', 'sentOn', (k.opened + 7)::text),
       (CASE WHEN k.kind = 'd' AND k.k = 0 THEN 'ACCEPTED' WHEN k.opened + 7 > ${T} - 3 THEN 'PENDING'
             ELSE (ARRAY['ACCEPTED','DECLINED','DECLINED','QUESTION'])[1 + floor(random() * 4)::int] END)::"ReferralAnswer",
       '', CASE WHEN k.opened + 10 <= ${T} THEN ((k.opened + 10) + TIME '13:00') AT TIME ZONE 'Europe/Copenhagen' END,
       (k.opened + TIME '10:00') AT TIME ZONE 'Europe/Copenhagen', (k.opened + TIME '10:00') AT TIME ZONE 'Europe/Copenhagen', 2
     FROM s_mk k ORDER BY k.id`,
    `UPDATE "MatchingCandidate" SET "answeredAt" = NULL WHERE answer = 'PENDING' AND id LIKE 'smk%'`,
    `INSERT INTO "CandidateRating" (id, "candidateId", criterion, rating, note, "ratedById", "updatedAt")
     SELECT k.id || '-' || g.n, k.id, (${criteria})[g.n], ${rating}::"CriterionRating", 'Vurderet ud fra stedets profil og besøget', k.cons_id,
       (k.opened + 12 + TIME '11:00') AT TIME ZONE 'Europe/Copenhagen'
     FROM s_mk k CROSS JOIN LATERAL generate_series(1, ${SECTION_52_CRITERIA.length}) AS g(n)
     WHERE k.kind = 'd' OR k.stage = 'DECISION' OR (k.stage = 'SHORTLIST' AND k.k = 0)`,
    `INSERT INTO "MatchingProfile" (id, "caseId", version, needs, resources, school, "inSchool", siblings, "hasSiblings", "createdById", "createdAt")
     SELECT 'smp' || substr(m.id, 4), m.id, 1, ${pick(NEEDS)}, 'Glad for sport og dyr', 'Går i folkeskole', true, '', false, m.cw_id,
       (m.opened + 2 + TIME '10:00') AT TIME ZONE 'Europe/Copenhagen'
     FROM s_mc m`,
    `INSERT INTO "MatchingWish" (id, "caseId", person, words, fears, "heardOn", "heardHow", "heardById", "createdAt", "updatedAt")
     SELECT 'smw' || substr(m.id, 4) || '-' || w.p, m.id, CASE WHEN w.p = 'c' THEN 'CHILD' ELSE m.parent_id END,
       CASE WHEN w.p = 'c' THEN ${pick(WORDS)} ELSE 'At barnet kommer tæt på os.' END, '', m.opened + 5, 'Samtale med familieplejekonsulenten', m.cons_id,
       (m.opened + 5 + TIME '14:00') AT TIME ZONE 'Europe/Copenhagen', (m.opened + 5 + TIME '14:00') AT TIME ZONE 'Europe/Copenhagen'
     FROM s_mc m CROSS JOIN LATERAL (VALUES ('c'), ('p')) AS w(p)
     WHERE m.opened + 5 <= ${T}`,
    `UPDATE "MatchingCase" mc SET "proposedCandidateId" = k.id FROM s_mk k WHERE k.case_id = mc.id AND k.k = 0 AND (k.kind = 'd' OR k.stage = 'DECISION')`,
    `INSERT INTO "MatchingDecision" (id, "caseId", "candidateId", "decidedOn", "decidedById", criteria, wishes, "childWishOutcome", "parentWishOutcome", "placementId", "createdAt")
     SELECT 'smd' || substr(m.id, 4), m.id, 'smk' || substr(m.id, 4) || '-0', m.placed_on - 3, m.cw_id,
       (SELECT jsonb_agg(jsonb_build_object('criterion', r.criterion, 'rating', r.rating, 'reason', r.note)) FROM "CandidateRating" r WHERE r."candidateId" = 'smk' || substr(m.id, 4) || '-0'),
       '[]'::jsonb, ${outcome("m.u1")}, ${outcome("m.u2")}, m.placement_id,
       (m.placed_on - 3 + TIME '15:00') AT TIME ZONE 'Europe/Copenhagen'
     FROM s_mc m WHERE m.kind = 'd'`,
    `INSERT INTO "DecisionNotice" (id, "caseId", "partyKind", "partyId", "communicatedOn", how, "recordedById", "createdAt")
     SELECT 'smo' || substr(m.id, 4), m.id, 'PARENT', m.parent_id, m.placed_on - 2, 'Brev og samtale', m.cw_id, (m.placed_on - 2 + TIME '10:00') AT TIME ZONE 'Europe/Copenhagen'
     FROM s_mc m WHERE m.kind = 'd'`,
    `INSERT INTO "FirstYearEvent" (id, "caseId", kind, months, "heldOn", note, "spokeWithChild", "recordedById", "createdAt")
     SELECT 'smf' || substr(m.id, 4) || '-' || g.months, m.id, 'EXPECTATION_TALK'::"FirstYearEventKind", g.months, m.placed_on + g.months * 30 + 2,
       'Forventningerne blev afstemt.', true, m.cw_id, (m.placed_on + g.months * 30 + 2 + TIME '11:00') AT TIME ZONE 'Europe/Copenhagen'
     FROM s_mc m CROSS JOIN LATERAL (VALUES (1), (3), (6)) AS g(months)
     WHERE m.kind = 'd' AND m.placed_on + g.months * 30 + 2 <= least(${T}, coalesce(m.closed_on, ${T}))`,
    // The breakdowns: the placement ends as one, with its record and the child's next case.
    `UPDATE "Placement" p SET "endReasonKind" = 'BREAKDOWN', "endReason" = NULL FROM s_mc m WHERE m.kind = 'n' AND p.id = m.placement_id`,
    `INSERT INTO "PlacementBreakdown" (id, "placementId", "endedBy", causes, "causeText", "warningSigns", learned, "newCaseId", "recordedById", "createdAt")
     SELECT 'smb' || substr(m.id, 4), m.placement_id, ${pick(BREAKDOWN_ENDED_BY)}::"BreakdownEndedBy",
       ARRAY(SELECT DISTINCT x FROM unnest(ARRAY[${pick(BREAKDOWN_CAUSES.filter((c) => c !== "OTHER"))}, ${pick(BREAKDOWN_CAUSES.filter((c) => c !== "OTHER"))}]) AS x),
       '', ${pick(WARNING_SIGNS)}, ${pick(LEARNED)}, m.id, m.cw_id, (m.closed_on + TIME '15:00') AT TIME ZONE 'Europe/Copenhagen'
     FROM s_mc m WHERE m.kind = 'n'`,
    `DROP TABLE IF EXISTS pg_temp.s_mc, pg_temp.s_mk`,
  ];
}
