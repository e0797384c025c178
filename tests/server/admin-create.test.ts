import { describe, expect, it } from "vitest";
import { getDb } from "@/server/db";
import { createFirstAdmin } from "@/server/accounts/first-admin";
import { checkAccountToken } from "@/server/auth/account-tokens";
import { verifyPassword } from "@/server/auth/password";
import { authenticate } from "@/server/auth/authenticate";
import { setPasswordWithToken } from "@/features/accounts/set-password";

const BASE = "https://fs.aarhus.example/";
const T0 = new Date("2026-11-28T10:00:00Z");
const sleepless = async () => {};

describe("npm run admin:create (the first administrator of a municipality)", () => {
  it("creates the municipality and its administrator and gives a one-time 72-hour link that sets the password", async () => {
    const db = await getDb();
    const result = await createFirstAdmin(db, { municipality: " Aarhus Kommune ", code: "751", email: "IT@Aarhus.example", name: "Aarhus IT" }, { baseUrl: BASE, now: T0 });
    if (!result.ok) throw new Error(result.message);
    expect(result.municipalityCreated).toBe(true);
    expect(result.link?.url).toMatch(/^https:\/\/fs\.aarhus\.example\/account\/set-password\?token=[A-Za-z0-9_-]{43}$/);
    expect(result.link?.expiresAt).toEqual(new Date(T0.getTime() + 72 * 3_600_000));
    const municipality = await db.municipality.findUniqueOrThrow({ where: { id: result.municipalityId } });
    expect(municipality).toMatchObject({ name: "Aarhus Kommune", code: "751" });
    const user = await db.user.findUniqueOrThrow({ where: { id: result.userId }, select: { email: true, name: true, role: true, active: true, municipalityId: true, passwordHash: true } });
    expect(user).toEqual({ email: "it@aarhus.example", name: "Aarhus IT", role: "ADMIN", active: true, municipalityId: municipality.id, passwordHash: null });

    const token = new URL(result.link!.url).searchParams.get("token")!;
    expect(await checkAccountToken(db, token, T0)).toEqual({ ok: true, userId: result.userId, purpose: "INVITATION" });
    expect(await setPasswordWithToken({ token, password: "grøn kaffekop på trappen", repeat: "grøn kaffekop på trappen" })).toEqual({ ok: true });
    expect(await authenticate(db, "it@aarhus.example", "grøn kaffekop på trappen", null, new Date(), sleepless)).toMatchObject({ ok: true, user: { role: "ADMIN" } });

    // Audited without a person as actor, the token nowhere in the log.
    const rows = await db.auditEvent.findMany({ where: { municipalityId: municipality.id, details: { path: ["via"], equals: "cli" } }, orderBy: { id: "asc" } });
    expect(rows.map((r) => [r.recordType, r.actorId, r.action])).toEqual([["Municipality", null, "CREATE"], ["User", null, "CREATE"], ["Invitation", null, "CREATE"]]);
    expect(JSON.stringify(rows.map((r) => r.details))).not.toContain(token);
  });

  it("refuses a second run for the same e-mail and changes nothing", async () => {
    const db = await getDb();
    const first = await createFirstAdmin(db, { municipality: "Odder Kommune", email: "it@odder.example" }, { baseUrl: BASE });
    if (!first.ok) throw new Error(first.message);
    const users = await db.user.count();
    const tokens = await db.accountToken.count();
    const second = await createFirstAdmin(db, { municipality: "Odder Kommune", email: "It@Odder.example" }, { baseUrl: BASE });
    expect(second).toMatchObject({ ok: false, error: "EMAIL_TAKEN" });
    expect(second.ok ? "" : second.message).toContain("already exists");
    expect(await db.user.count()).toBe(users);
    expect(await db.accountToken.count()).toBe(tokens);
    // The first link still works: a refused rerun does not void it.
    expect(await checkAccountToken(db, new URL(first.link!.url).searchParams.get("token")!)).toMatchObject({ ok: true });
  });

  it("adds a further administrator to an existing municipality found by name, and a placeholder code when none is given", async () => {
    const db = await getDb();
    const a = await createFirstAdmin(db, { municipality: "Skanderborg Kommune", email: "a@skanderborg.example" }, { baseUrl: BASE });
    const b = await createFirstAdmin(db, { municipality: "Skanderborg Kommune", email: "b@skanderborg.example" }, { baseUrl: BASE });
    if (!a.ok || !b.ok) throw new Error("refused");
    expect(b).toMatchObject({ municipalityCreated: false, municipalityId: a.municipalityId });
    expect((await db.municipality.findUniqueOrThrow({ where: { id: a.municipalityId } })).code).toMatch(/^auto-[0-9a-f]{8}$/);
    expect(await createFirstAdmin(db, { municipality: "Skanderborg Kommune", code: "746", email: "c@skanderborg.example" }, { baseUrl: BASE })).toMatchObject({ ok: false, error: "CODE_MISMATCH" });
    expect(await createFirstAdmin(db, { municipality: "Et andet navn", code: "751", email: "d@x.example" }, { baseUrl: BASE })).toMatchObject({ ok: false, error: "CODE_TAKEN" });
    expect(await db.user.count({ where: { email: { in: ["c@skanderborg.example", "d@x.example"] } } })).toBe(0);
  });

  it("with a password from standard input: the same password rule, stored as argon2, no link", async () => {
    const db = await getDb();
    const weak = await createFirstAdmin(db, { municipality: "Horsens Kommune", email: "it@horsens.example", password: "horsens2026!" }, { baseUrl: BASE });
    expect(weak).toMatchObject({ ok: false, error: "PASSWORD_REFUSED", refusal: { reason: "PASSWORD_TOO_WEAK" } });
    expect(await db.municipality.count({ where: { name: "Horsens Kommune" } })).toBe(0);
    expect(await createFirstAdmin(db, { municipality: "Horsens Kommune", email: "it@horsens.example", password: "kort" }, { baseUrl: BASE })).toMatchObject({ ok: false, refusal: { reason: "PASSWORD_TOO_SHORT" } });

    const result = await createFirstAdmin(db, { municipality: "Horsens Kommune", email: "it@horsens.example", password: "blå cykel under æbletræet" }, { baseUrl: BASE });
    if (!result.ok) throw new Error(result.message);
    expect(result.link).toBeNull();
    const { passwordHash } = await db.user.findUniqueOrThrow({ where: { id: result.userId }, select: { passwordHash: true } });
    expect(passwordHash).toMatch(/^\$argon2id\$/);
    expect(await verifyPassword(passwordHash, "blå cykel under æbletræet")).toBe(true);
    expect(await db.accountToken.count({ where: { userId: result.userId } })).toBe(0);
  });

  it("refuses malformed input with a message naming the option", async () => {
    const db = await getDb();
    const result = await createFirstAdmin(db, { municipality: "Aarhus Kommune", email: "not-an-address" }, { baseUrl: BASE });
    expect(result).toMatchObject({ ok: false, error: "INVALID_INPUT" });
    expect(result.ok ? "" : result.message).toContain("--email");
  });
});
