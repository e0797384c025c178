import { describe, expect, it } from "vitest";
import { changedSince, takePicture } from "./invariants";

describe("built-in invariants", () => {
  it("sees nothing changed in an untouched process", () => {
    expect(changedSince(takePicture())).toEqual([]);
  });

  it.each([
    ["a property hung on a built-in method", () => { (Object.prototype.hasOwnProperty as unknown as Record<string, unknown>).call = "x"; }, () => { delete (Object.prototype.hasOwnProperty as unknown as Record<string, unknown>).call; }],
    ["a property added to Object.prototype", () => { (Object.prototype as Record<string, unknown>).polluted = 1; }, () => { delete (Object.prototype as Record<string, unknown>).polluted; }],
    ["a built-in method replaced", () => { const original = Array.prototype.map; Array.prototype.map = function () { return []; } as never; return original; }, (original?: unknown) => { Array.prototype.map = original as never; }],
  ])("detects %s", (_name, corrupt, repair) => {
    const before = takePicture();
    const saved = corrupt();
    try {
      expect(changedSince(before).length).toBeGreaterThan(0);
    } finally {
      repair(saved as never);
    }
    expect(changedSince(before)).toEqual([]);
  });
});
