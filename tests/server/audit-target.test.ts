// Who was probed sees it: a denied attempt at municipality A's record by someone outside A is on
// A's audit log, not only on the prober's.
import { beforeAll, describe, expect, it, vi } from "vitest";
import type { Actor } from "@/server/authz/actor";
import { executeCommand } from "@/server/command";
import { updateFamily } from "@/features/families/commands";
import { loadFamilyPage } from "@/features/families/page-data";
import { loadSiteChild } from "@/features/contact/queries";
import { listAuditEvents } from "@/features/audit/queries";
import { actorFor, auditRows, joinSite, makeFamily, makeMunicipality, makeSite, makeUser } from "../support/factories";

const session = vi.hoisted(() => ({ actor: null as Actor | null }));
// The route reads the signed-in user from next-auth; here the test says who is signed in.
vi.mock("@/server/auth/session", async () => ({ ...(await import("@/server/auth/load-actor")), getCurrentActor: async () => session.actor }));
const { GET: exportStatistics } = await import("@/app/api/statistics/export/route");

let coordinatorA: Actor;
let coordinatorB: Actor;
let caseworkerB: Actor;
let siteUser: Actor;
let familyA: Awaited<ReturnType<typeof makeFamily>>;

beforeAll(async () => {
  const a = await makeMunicipality("Aabenraa");
  const b = await makeMunicipality("Billund");
  coordinatorA = await actorFor((await makeUser("COORDINATOR", a.id)).id);
  coordinatorB = await actorFor((await makeUser("COORDINATOR", b.id)).id);
  caseworkerB = await actorFor((await makeUser("CASEWORKER", b.id)).id);
  const ownSite = await makeSite();
  const otherSite = await makeSite();
  const site = await makeUser("SITE", null);
  await joinSite(site.id, ownSite.id, "STAFF");
  siteUser = await actorFor(site.id);
  familyA = await makeFamily(a.id, { siteId: otherSite.id });
});

const deniedBy = <E extends { actorId: string | null; action: string }>(events: E[], actor: Actor) => events.filter((e) => e.actorId === actor.id && e.action === "ACCESS_DENIED");

describe("denied attempts are on the log of the municipality that was probed", () => {
  it("shows A's coordinator a caseworker of B trying to read and to change A's family; B's coordinator sees them too", async () => {
    expect(await loadFamilyPage(caseworkerB, familyA.id)).toBeNull();
    const change = await executeCommand(updateFamily, caseworkerB, { familyId: familyA.id, version: 1, displayName: "Overtaget" });
    expect(change).toMatchObject({ ok: false, code: "NOT_FOUND" });

    const seenByA = deniedBy(await listAuditEvents(coordinatorA, {}), caseworkerB);
    expect(seenByA.map((e) => e.recordType).sort()).toEqual(["Family", "updateFamily"]);
    expect(seenByA.every((e) => e.recordId === familyA.id)).toBe(true);
    expect(deniedBy(await listAuditEvents(coordinatorB, {}), caseworkerB)).toHaveLength(2);
  });

  it("shows the child's municipality a placement-site user's denied read of a child not placed with them", async () => {
    expect(await loadSiteChild(siteUser, familyA.children[0]!.id)).toBeNull();
    const seenByA = deniedBy(await listAuditEvents(coordinatorA, {}), siteUser);
    expect(seenByA).toHaveLength(1);
    expect(seenByA[0]).toMatchObject({ recordType: "Child", recordId: familyA.children[0]!.id, municipalityId: null });
  });

  it("names no municipality for an id that matches no record, so nobody's log fills with guesses", async () => {
    const before = (await listAuditEvents(coordinatorA, {})).length;
    expect(await loadFamilyPage(caseworkerB, "no-such-family")).toBeNull();
    const [row] = await auditRows({ actorId: caseworkerB.id, recordId: "no-such-family" });
    expect(row).toMatchObject({ action: "ACCESS_DENIED", targetMunicipalityId: null });
    // +1: listing the log is itself audited.
    expect((await listAuditEvents(coordinatorA, {})).length).toBe(before + 1);
  });
});

describe("statistics export", () => {
  it("answers a role without the export permission 'not found' and records the attempt", async () => {
    session.actor = caseworkerB;
    const response = await exportStatistics(new Request("http://localhost/api/statistics/export?from=2026-01-01&to=2026-12-31"));
    expect(response.status).toBe(404);
    const rows = await auditRows({ actorId: caseworkerB.id, action: "ACCESS_DENIED" });
    expect(rows.filter((r) => r.recordType === "StatisticsExport")).toHaveLength(1);
    expect(deniedBy(await listAuditEvents(coordinatorB, {}), caseworkerB).some((e) => e.recordType === "StatisticsExport")).toBe(true);
  });
});
