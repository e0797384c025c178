import { describe, expect, it } from "vitest";
import { afterRequest, overLimit, RESET_LIMITS } from "./reset-requests";

const T0 = new Date("2026-11-28T10:00:00Z");
const at = (minutes: number) => new Date(T0.getTime() + minutes * 60_000);

describe("reset request limits", () => {
  it("allows three reset mails an hour per address, the fourth not, and again after the hour", () => {
    let state = null;
    const verdicts: boolean[] = [];
    for (let i = 0; i < 4; i++) {
      state = afterRequest(state, "address", at(i));
      verdicts.push(overLimit(state, "address"));
    }
    expect(verdicts).toEqual([false, false, false, true]);
    expect(state!.lockedUntil).toEqual(at(60));
    state = afterRequest(state, "address", at(59.9));
    expect(overLimit(state, "address")).toBe(true);
    state = afterRequest(state, "address", at(60));
    expect(state).toEqual({ failures: 1, firstAt: at(60), lockedUntil: null });
    expect(overLimit(state, "address")).toBe(false);
  });

  it("allows ten requests per client address in 15 minutes", () => {
    let state = null;
    for (let i = 0; i < RESET_LIMITS.ip.max; i++) state = afterRequest(state, "ip", at(i));
    expect(overLimit(state!, "ip")).toBe(false);
    state = afterRequest(state, "ip", at(14));
    expect(overLimit(state, "ip")).toBe(true);
    expect(overLimit(afterRequest(state, "ip", at(15)), "ip")).toBe(false);
  });
});
