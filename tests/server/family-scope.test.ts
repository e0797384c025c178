import { beforeAll, describe, expect, it } from "vitest";
import { reachFamily } from "@/features/families/access";
import { listFamilies } from "@/features/families/queries";
import { listSiteChildren } from "@/features/sites/queries";
import { getDb } from "@/server/db";
import type { Actor } from "@/server/authz/actor";
import { actorFor, auditRows, joinSite, makeFamily, makeMunicipality, makeSite, makeUser } from "../support/factories";

// Two municipalities, one shared foster family. Each role must reach exactly what the spec's
// role table allows, and a miss must look like a missing record and be on the audit log.
let aarhus: { id: string }, herning: { id: string };
let actors: Record<string, Actor>;
let fam: Record<string, { id: string; children: { id: string }[] }>;

beforeAll(async () => {
  aarhus = await makeMunicipality("Aarhus");
  herning = await makeMunicipality("Herning");
  const site = await makeSite("Plejefamilien Delt");
  const otherSite = await makeSite("Opholdsstedet Andet");
  const cw = await makeUser("CASEWORKER", aarhus.id);
  const cw2 = await makeUser("CASEWORKER", aarhus.id);
  const th = await makeUser("THERAPIST", aarhus.id);
  const co = await makeUser("COORDINATOR", aarhus.id);
  const cons = await makeUser("CONSULTANT", aarhus.id);
  const siteUser = await makeUser("SITE", null);
  const admin = await makeUser("ADMIN", aarhus.id);
  const herningCo = await makeUser("COORDINATOR", herning.id);
  await joinSite(cons.id, site.id, "CONSULTANT");
  await joinSite(siteUser.id, site.id, "STAFF");
  fam = {
    mine: await makeFamily(aarhus.id, { caseworkerId: cw.id, therapistId: th.id, siteId: site.id, name: "Familien Mine" }),
    colleagues: await makeFamily(aarhus.id, { caseworkerId: cw2.id, siteId: otherSite.id, name: "Familien Kollega" }),
    herning: await makeFamily(herning.id, { siteId: site.id, name: "Familien Herning" }),
  };
  actors = Object.fromEntries(
    await Promise.all(Object.entries({ cw, cw2, th, co, cons, siteUser, admin, herningCo }).map(async ([k, u]) => [k, await actorFor(u.id)])),
  );
});

async function reaches(actorKey: string, familyKey: string) {
  return !!(await reachFamily(await getDb(), actors[actorKey]!, fam[familyKey]!.id, "family.view"));
}

describe("who reaches which family", () => {
  it.each([
    ["cw", "mine", true], ["cw", "colleagues", false], ["cw", "herning", false],
    ["th", "mine", true], ["th", "colleagues", false],
    ["co", "mine", true], ["co", "colleagues", true], ["co", "herning", false],
    ["cons", "mine", true], ["cons", "colleagues", false], ["cons", "herning", false],
    ["siteUser", "mine", false], ["admin", "mine", false],
    ["herningCo", "herning", true], ["herningCo", "mine", false],
  ])("%s -> %s: %s", async (actorKey, familyKey, expected) => {
    expect(await reaches(actorKey, familyKey)).toBe(expected);
  });

  it("answers another municipality's family as not found and writes the attempt to the audit log", async () => {
    const actor = actors.herningCo!;
    const before = (await auditRows({ actorId: actor.id, action: "ACCESS_DENIED", recordId: fam.mine!.id })).length;
    const result = await reachFamily(await getDb(), actor, fam.mine!.id, "family.view", { ip: "10.1.2.3" });
    expect(result).toBeNull();
    const denied = await auditRows({ actorId: actor.id, action: "ACCESS_DENIED", recordId: fam.mine!.id });
    expect(denied).toHaveLength(before + 1);
    expect(denied.at(-1)).toMatchObject({ outcome: "DENIED", recordType: "Family", ip: "10.1.2.3", municipalityId: herning.id });
  });

  it("lists only the families in scope, and audits the list read", async () => {
    const coordinatorList = await listFamilies(actors.co!);
    expect(coordinatorList.rows.map((r) => r.displayName).sort()).toEqual(["Familien Kollega", "Familien Mine"]);
    const caseworkerList = await listFamilies(actors.cw!);
    expect(caseworkerList.rows.map((r) => r.displayName)).toEqual(["Familien Mine"]);
    expect(await auditRows({ actorId: actors.co!.id, action: "VIEW" })).not.toHaveLength(0);
  });

  it("shows a placement site the children placed with it from every municipality, and only those", async () => {
    const children = await listSiteChildren(actors.siteUser!);
    expect(children.map((c) => c.id).sort()).toEqual([fam.mine!.children[0]!.id, fam.herning!.children[0]!.id].sort());
    expect(children.every((c) => c.parents.length === 1)).toBe(true);
    // Each child seen is audited under the municipality that owns the case.
    const views = await auditRows({ actorId: actors.siteUser!.id, action: "VIEW" });
    expect(new Set(views.map((v) => v.municipalityId))).toEqual(new Set([aarhus.id, herning.id]));
  });

  it("stops a deactivated user at once: no actor is loaded for them", async () => {
    const db = await getDb();
    const user = await makeUser("CASEWORKER", aarhus.id, { active: false });
    const { loadActor } = await import("@/server/auth/session");
    expect(await loadActor(user.id)).toBeNull();
    expect(await db.user.count({ where: { id: user.id } })).toBe(1);
  });
});
