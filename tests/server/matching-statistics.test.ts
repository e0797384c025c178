import { beforeAll, describe, expect, it } from "vitest";
import { placementOutcomes, WISH_GROUPS, type PlacementOutcomeRow, type WishGroup } from "@/domain/matching";
import { addDays } from "@/domain/method";
import { getDb } from "@/server/db";
import type { Actor } from "@/server/authz/actor";
import { matchingOutcomesSql } from "@/features/statistics/matching";
import { exportPlacementCsv, matchingReport, pseudonym } from "@/features/statistics/queries";
import { actorFor, auditRows, makeFamily, makeMunicipality, makeSite, makeUser } from "../support/factories";

// The SQL that counts the coordinator's matching figures must give what the domain's rule gives on the
// same placements. Generated with a fixed seed, around the edges the rule cares about: the anniversary
// day itself, 29 February, placements not yet started, breakdowns recorded after an ordinary ending.

const TODAY = "2026-03-01";
const day = (d: string) => new Date(`${d}T00:00:00Z`);
const iso = (d: Date) => d.toISOString().slice(0, 10);

function random(seed: number) {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

let m: { id: string };
let co: Actor;
let families: Awaited<ReturnType<typeof makeFamily>>[] = [];

async function generate(municipalityId: string, count: number, seed: number) {
  const db = await getDb();
  const rnd = random(seed);
  const pick = <T,>(xs: readonly T[]) => xs[Math.floor(rnd() * xs.length)]!;
  const caseworker = await makeUser("CASEWORKER", municipalityId);
  const sites = [await makeSite("Plejefamilien Eg"), await makeSite("Opholdsstedet Bøg")];
  await db.placementSite.update({ where: { id: sites[1]!.id }, data: { kind: "CHILDRENS_HOME" } });
  const kinds = { [sites[0]!.id]: "GENERAL_FOSTER_FAMILY", [sites[1]!.id]: "CHILDRENS_HOME" } as const;
  const edges = ["2025-03-01", "2025-03-02", "2024-02-29", "2024-03-01", "2024-03-02", "2026-03-02"];
  const made = [];
  for (let i = 0; i < count; i++) {
    const family = await makeFamily(municipalityId, { caseworkerId: caseworker.id, name: `Familien Statistik ${seed}-${i}` });
    made.push(family);
    let start = i < edges.length ? edges[i]! : addDays(TODAY, -Math.floor(rnd() * 1400));
    for (let n = 0; n < 1 + Math.floor(rnd() * 3); n++) {
      const site = pick(sites);
      const roll = rnd();
      // Ends on the anniversary itself now and then: "within a year" is before it, not on it.
      const length = roll < 0.2 ? 365 : roll < 0.3 ? 366 : Math.floor(rnd() * 900);
      const end = rnd() < 0.35 || addDays(start, length) > TODAY ? null : addDays(start, length);
      const reason = end ? pick(["BREAKDOWN", "MOVED", "RETURNED_HOME", "OTHER"] as const) : null;
      const placement = await db.placement.create({
        data: {
          childId: family.children[0]!.id, siteId: site.id, type: kinds[site.id]!, legalBasis: pick(["VOLUNTARY", "WITHOUT_CONSENT"] as const),
          startDate: day(start), endDate: end ? day(end) : null, endReasonKind: reason,
        },
      });
      if (end && (reason === "BREAKDOWN" || rnd() < 0.2)) {
        await db.placementBreakdown.create({ data: { placementId: placement.id, endedBy: "SITE", causes: ["SCHOOL"], learned: "x", recordedById: caseworker.id } });
      }
      if (rnd() < 0.6) {
        const c = await db.matchingCase.create({
          data: { municipalityId, childId: family.children[0]!.id, openedById: caseworker.id, urgency: "PLANNED", legalBasis: "VOLUNTARY", stage: "CLOSED", openedOn: day(addDays(start, -30)) },
        });
        const candidate = await db.matchingCandidate.create({ data: { caseId: c.id, siteId: site.id, proposedById: caseworker.id, answer: "ACCEPTED" } });
        const outcomes = WISH_GROUPS.filter((g) => g !== "NO_DECISION");
        await db.matchingDecision.create({
          data: {
            caseId: c.id, candidateId: candidate.id, decidedOn: day(addDays(start, -5)), decidedById: caseworker.id, criteria: [], wishes: [],
            childWishOutcome: pick(outcomes), parentWishOutcome: pick(outcomes), placementId: placement.id,
          },
        });
      }
      if (!end) break;
      start = addDays(end, Math.floor(rnd() * 40));
    }
  }
  return made;
}

beforeAll(async () => {
  m = await makeMunicipality("Svendborg");
  co = await actorFor((await makeUser("COORDINATOR", m.id)).id);
  families = await generate(m.id, 40, 12);
  // Another municipality's placements must not count.
  await generate((await makeMunicipality("Nordfyn")).id, 6, 99);
}, 120_000);

async function domainOutcomes(municipalityId: string) {
  const db = await getDb();
  const placements = await db.placement.findMany({
    where: { child: { family: { municipalityId } } },
    select: { startDate: true, endDate: true, endReasonKind: true, type: true, breakdown: { select: { id: true } }, decision: { select: { childWishOutcome: true, parentWishOutcome: true } } },
  });
  const rows: PlacementOutcomeRow[] = placements.map((p) => ({
    startDate: iso(p.startDate), endDate: p.endDate ? iso(p.endDate) : null,
    brokeDown: p.endReasonKind === "BREAKDOWN" || p.breakdown !== null, siteKind: p.type,
    childWish: (p.decision?.childWishOutcome ?? "NO_DECISION") as WishGroup, parentWish: (p.decision?.parentWishOutcome ?? "NO_DECISION") as WishGroup,
  }));
  return { rows, outcomes: placementOutcomes(rows, TODAY) };
}

describe("the coordinator's matching figures", () => {
  it("are the same in SQL as by the domain's rule, on generated placements", async () => {
    const db = await getDb();
    const { rows, outcomes } = await domainOutcomes(m.id);
    // The data reaches the cases the rule distinguishes, or the comparison proves little.
    expect(rows.length).toBeGreaterThan(45);
    expect(outcomes.total.all!.brokeDown[1]).toBeGreaterThan(0);
    expect(outcomes.total.all!.counted[2]).toBeLessThan(outcomes.total.all!.started);
    expect(Object.keys(outcomes.childWish)).toContain("NO_DECISION");
    expect(await matchingOutcomesSql(db, m.id, TODAY)).toEqual(outcomes);
  });

  it("agree on other days too, including the day after a leap-day anniversary", async () => {
    const db = await getDb();
    const { rows } = await domainOutcomes(m.id);
    for (const today of ["2025-02-28", "2026-02-28", "2024-12-31", "2026-11-28"]) {
      expect(await matchingOutcomesSql(db, m.id, today)).toEqual(placementOutcomes(rows, today));
    }
  });

  it("are the coordinator's own municipality's only, and the read is on record", async () => {
    const report = await matchingReport(co, new Date(`${TODAY}T12:00:00Z`));
    const { outcomes } = await domainOutcomes(m.id);
    expect(report?.outcomes).toEqual(outcomes);
    expect((await auditRows({ actorId: co.id, action: "VIEW" })).some((a) => (a.details as { section?: string }).section === "matching")).toBe(true);
    const caseworker = await actorFor((await makeUser("CASEWORKER", m.id)).id);
    expect(await matchingReport(caseworker)).toBeNull();
  });
});

describe("the pseudonymised export per placement", () => {
  it("has the matching figures per placement, the family export's pseudonyms, no names or ids, and is audited", async () => {
    const csv = await exportPlacementCsv(co, "test-secret", new Date(`${TODAY}T12:00:00Z`));
    const lines = csv.trim().split("\r\n");
    expect(lines[0]).toBe("family,start_year,site_kind,legal_basis,ended,broke_down,broke_down_within_1y,broke_down_within_2y,ended_by,causes,child_wish,parents_wish");
    const { rows, outcomes } = await domainOutcomes(m.id);
    expect(lines).toHaveLength(1 + rows.filter((r) => r.startDate <= TODAY).length);
    const body = lines.slice(1).map((l) => l.split(","));
    // The columns add up to the page's figures.
    expect(body.filter((c) => c[6] === "1")).toHaveLength(outcomes.total.all!.brokeDown[1]);
    expect(body.filter((c) => c[7] !== "")).toHaveLength(outcomes.total.all!.counted[2]);
    expect(body.every((c) => /^F-[0-9a-f]{12}$/.test(c[0]!) && /^\d{4}$/.test(c[1]!))).toBe(true);
    expect(body.map((c) => c[0])).toContain(pseudonym(families[0]!.id, "test-secret"));
    const db = await getDb();
    const placementIds = (await db.placement.findMany({ where: { child: { familyId: families[0]!.id } }, select: { id: true } })).map((p) => p.id);
    for (const secret of ["Statistik", families[0]!.id, families[0]!.children[0]!.id, families[0]!.children[0]!.name, ...placementIds, "Plejefamilien"]) expect(csv).not.toContain(secret);
    const exports = (await auditRows({ actorId: co.id })).filter((e) => e.action === "EXPORT");
    expect(exports.at(-1)?.details).toMatchObject({ of: "placements", rows: lines.length - 1 });
  });
});
