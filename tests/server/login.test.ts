import { beforeAll, describe, expect, it } from "vitest";
import { authenticate } from "@/server/auth/authenticate";
import { hashPassword } from "@/server/auth/password";
import { afterFailure, THROTTLE } from "@/server/auth/throttle";
import { getDb } from "@/server/db";
import { auditRows, makeMunicipality, makeUser } from "../support/factories";

let hash: string;
beforeAll(async () => {
  hash = await hashPassword("correct horse");
});

describe("password login", () => {
  it("accepts the right password, refuses a wrong one, and audits both", async () => {
    const m = await makeMunicipality();
    const user = await makeUser("CASEWORKER", m.id, { passwordHash: hash, email: "Login.Test@Kommune.dk".toLowerCase() });
    const db = await getDb();
    expect(await authenticate(db, "LOGIN.test@kommune.dk ", "correct horse", "127.0.0.9")).toMatchObject({ ok: true, user: { id: user.id } });
    expect(await authenticate(db, user.email, "wrong", "127.0.0.9")).toEqual({ ok: false, error: "INVALID_CREDENTIALS" });
    expect((await auditRows({ actorId: user.id, action: "LOGIN" })).length).toBe(1);
    expect((await auditRows({ actorId: user.id, action: "LOGIN_FAILED" })).length).toBe(1);
  });

  it("stores only an argon2id hash, never the password", async () => {
    expect(hash).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
    expect(hash).not.toContain("correct horse");
  });

  it("refuses a deactivated user even with the right password", async () => {
    const m = await makeMunicipality();
    const user = await makeUser("THERAPIST", m.id, { passwordHash: hash, active: false });
    expect(await authenticate(await getDb(), user.email, "correct horse", null)).toEqual({ ok: false, error: "INVALID_CREDENTIALS" });
  });

  it("locks an account's failures from one address, even for the right password, until the lock expires", async () => {
    const m = await makeMunicipality();
    const user = await makeUser("CASEWORKER", m.id, { passwordHash: hash });
    const db = await getDb();
    const t0 = new Date("2026-11-23T09:00:00Z");
    const sleep = async () => {};
    for (let i = 0; i < THROTTLE.freeAttempts.pair; i++) {
      expect((await authenticate(db, user.email, `guess ${i}`, "127.1.0.1", t0, sleep)).ok).toBe(false);
    }
    expect(await authenticate(db, user.email, `guess again`, "127.1.0.1", t0, sleep)).toEqual({ ok: false, error: "INVALID_CREDENTIALS" });
    expect(await authenticate(db, user.email, "correct horse", "127.1.0.1", t0, sleep)).toEqual({ ok: false, error: "THROTTLED" });
    const later = new Date(t0.getTime() + THROTTLE.baseLockMs + 1000);
    expect((await authenticate(db, user.email, "correct horse", "127.1.0.1", later, sleep)).ok).toBe(true);
  });

  it("locks a client address that tries many accounts", async () => {
    const db = await getDb();
    const t0 = new Date("2026-11-23T10:00:00Z");
    for (let i = 0; i <= THROTTLE.freeAttempts.ip; i++) await authenticate(db, `nobody${i}@x.dk`, "pw", "127.2.2.2", t0);
    expect(await authenticate(db, "someone@x.dk", "pw", "127.2.2.2", t0)).toEqual({ ok: false, error: "THROTTLED" });
    expect(await authenticate(db, "someone@x.dk", "pw", "127.2.2.3", t0)).toEqual({ ok: false, error: "INVALID_CREDENTIALS" });
  });
});

describe("lock growth", () => {
  it("doubles the lock with each failure past the free attempts, capped at an hour", () => {
    const now = new Date("2026-01-01T00:00:00Z");
    let state = null as ReturnType<typeof afterFailure> | null;
    const locks: number[] = [];
    for (let i = 0; i < 15; i++) {
      state = afterFailure(state, "pair", now);
      locks.push(state.lockedUntil ? (state.lockedUntil.getTime() - now.getTime()) / 60_000 : 0);
    }
    expect(locks.slice(0, 8)).toEqual([0, 0, 0, 0, 0, 1, 2, 4]);
    expect(locks.at(-1)).toBe(60);
  });
});
