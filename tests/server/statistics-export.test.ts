import { beforeAll, describe, expect, it } from "vitest";
import { exportCsv, pseudonym, resolvePeriod } from "@/features/statistics/queries";
import type { Actor } from "@/server/authz/actor";
import { actorFor, auditRows, makeFamily, makeMunicipality, makeUser } from "../support/factories";

let co: Actor;
let mine: Awaited<ReturnType<typeof makeFamily>>;
let foreign: Awaited<ReturnType<typeof makeFamily>>;

beforeAll(async () => {
  const m = await makeMunicipality("Aarhus");
  const other = await makeMunicipality("Herning");
  co = await actorFor((await makeUser("COORDINATOR", m.id)).id);
  mine = await makeFamily(m.id, { name: "Familien Hemmelig" });
  foreign = await makeFamily(other.id, { name: "Familien Udenbys" });
});

describe("pseudonymised CSV export", () => {
  it("has one row per family of the coordinator's municipality, no names, stable ids, and is audited", async () => {
    const period = resolvePeriod({ from: "2026-01-01", to: "2026-12-31" }).period;
    const csv = await exportCsv(co, period, "test-secret");
    const lines = csv.trim().split("\r\n");
    expect(lines[0]).toBe("family,current_phase,follow_ups_due,follow_ups_on_time,goals_active,goals_reached,goals_dropped,rating_change_mean,sessions_held,sessions_cancelled");
    expect(lines).toHaveLength(2);
    expect(lines[1]!.startsWith(`${pseudonym(mine.id, "test-secret")},START_UP,`)).toBe(true);
    for (const secret of ["Hemmelig", "Udenbys", mine.parents[0]!.id, mine.id, foreign.id, mine.children[0]!.id]) expect(csv).not.toContain(secret);
    expect(await exportCsv(co, period, "test-secret")).toBe(csv);
    const exports = await auditRows({ actorId: co.id });
    expect(exports.filter((e) => e.action === "EXPORT")).toHaveLength(2);
    expect(exports.find((e) => e.action === "EXPORT")?.details).toMatchObject({ from: "2026-01-01", to: "2026-12-31", rows: 1 });
  });

  it("refuses a period whose start is after its end", () => {
    expect(resolvePeriod({ from: "2026-05-01", to: "2026-04-01" }).error).toBe("statistics.fromAfterTo");
    expect(resolvePeriod({ from: "2026-02-30" }).error).toBe("validation.dateInvalid");
  });
});
