// The production server's process count and its Server-Timing header (scripts/server.mjs).
import { describe, expect, it } from "vitest";
import { workerCount } from "../../scripts/lib/workers.mjs";
import { serverTimingHeader } from "../../scripts/lib/server-timing.mjs";

const PG = "postgresql://app@db.kommune.dk:5432/fs";

describe("server processes", () => {
  it("runs one per core on PostgreSQL, or as many as WEB_CONCURRENCY says", () => {
    expect(workerCount({ DATABASE_URL: PG }, 8).count).toBe(8);
    expect(workerCount({ DATABASE_URL: PG, WEB_CONCURRENCY: "3" }, 8).count).toBe(3);
    expect(workerCount({ DATABASE_URL: PG, WEB_CONCURRENCY: " 1 " }, 8).count).toBe(1);
    expect(workerCount({ DATABASE_URL: PG }, 0).count).toBe(1);
  });

  it("runs one on the embedded database, whatever WEB_CONCURRENCY says, and says why", () => {
    expect(workerCount({}, 8)).toEqual({ count: 1, reason: "embedded database: one process" });
    expect(workerCount({ DATABASE_URL: "file:./data" }, 8).count).toBe(1);
    const told = workerCount({ WEB_CONCURRENCY: "4" }, 8);
    expect(told.count).toBe(1);
    expect(told.reason).toMatch(/PostgreSQL only/);
  });

  it("refuses a WEB_CONCURRENCY that is not a whole number from 1 to 64, naming it", () => {
    for (const bad of ["0", "-2", "two", "1.5", "65", "4 workers"]) {
      expect(() => workerCount({ DATABASE_URL: PG, WEB_CONCURRENCY: bad }, 8)).toThrow(/WEB_CONCURRENCY/);
    }
  });
});

describe("the Server-Timing header", () => {
  it("gives the app's parts, the rest as render, and the total, in milliseconds to a tenth", () => {
    expect(serverTimingHeader([{ name: "session", ms: 2.04 }, { name: "command", ms: 11.66 }], 40))
      .toBe("session;dur=2, command;dur=11.7, render;dur=26.3, total;dur=40");
  });

  it("is the total alone for a response the app added no part to", () => {
    expect(serverTimingHeader([], 5.55)).toBe("total;dur=5.6");
  });
});
