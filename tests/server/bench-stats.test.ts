// The pure helpers of `npm run bench` (scripts/lib/bench): percentiles, the memory-slope fit, the
// table, and the replay of a recorded server-action body.
import { describe, expect, it } from "vitest";
import { fmt, formatTable, linearFit, parseServerTiming, percentile, summarize } from "../../scripts/lib/bench/stats";
import { serverTimingHeader } from "../../scripts/lib/server-timing.mjs";
import { ActionTemplate, buildMultipart, checkActionResponse, parseMultipart } from "../../scripts/lib/bench/actions";

describe("bench stats", () => {
  it("percentiles by nearest rank, summaries, a least-squares slope and a text table", () => {
    const oneToHundred = Array.from({ length: 100 }, (_, i) => i + 1);
    expect(percentile(oneToHundred, 50)).toBe(50);
    expect(percentile(oneToHundred, 95)).toBe(95);
    expect(percentile(oneToHundred, 99)).toBe(99);
    expect(percentile(oneToHundred, 100)).toBe(100);
    expect(percentile([7], 99)).toBe(7);
    expect(percentile([10, 20, 30, 40], 50)).toBe(20);
    expect(percentile([10, 20, 30, 40], 51)).toBe(30);
    expect(percentile([], 50)).toBeNaN();
    expect(() => percentile([1], 0)).toThrow(RangeError);

    const s = summarize([5, 1, 4, 2, 3]); // unsorted input
    expect(s).toEqual({ count: 5, mean: 3, p50: 3, p95: 5, p99: 5, max: 5 });

    // RSS growing 2 MB per minute from 100 MB, with noise that cancels out.
    const minutes = [0, 1, 2, 3, 4, 5];
    const noise = [0, 1, -1, -1, 1, 0];
    const fit = linearFit(minutes, minutes.map((m, i) => 100 + 2 * m + noise[i]!));
    expect(fit.slope).toBeCloseTo(2, 12);
    expect(fit.intercept).toBeCloseTo(100, 12);
    // Noise that tilts: slope = 2 + Σ(x − x̄)e / Σ(x − x̄)² = 2 − 1.5 / 17.5.
    expect(linearFit(minutes, minutes.map((m, i) => 100 + 2 * m + (i % 2 === 0 ? 0.5 : -0.5))).slope).toBeCloseTo(2 - 1.5 / 17.5, 12);
    expect(linearFit([0, 1, 2, 3], [100, 100, 100, 100])).toEqual({ slope: 0, intercept: 100 });
    expect(linearFit([0, 10], [1, 21]).slope).toBe(2);
    expect(linearFit([3, 3], [1, 5]).slope).toBe(0); // no spread in x: no slope
    expect(() => linearFit([1, 2], [1])).toThrow(RangeError);

    expect(fmt(Number.NaN)).toBe("–");
    expect(fmt(12.345, 1)).toBe("12.3");
    expect(formatTable(["scenario", "p95 ms"], [["floor", "12"], ["family page", "140"]])).toBe(
      ["scenario     p95 ms", "-----------  ------", "floor            12", "family page     140"].join("\n"),
    );
  });

  it("replays a recorded action body with new fields, in the browser's part order", () => {
    const recorded = buildMultipart([
      { name: "_1_$ACTION_REF_2", value: "" },
      { name: "_1_$ACTION_2:0", value: '{"id":"abc","bound":"$@1"}' },
      { name: "_1_familyId", value: "fam1" },
      { name: "_1_note", value: "line one\r\nline two" },
      { name: "0", value: '[null,"$K1"]' },
    ]);
    expect(parseMultipart(recorded.body, recorded.contentType).map((p) => p.value)).toContain("line one\r\nline two");
    const template = new ActionTemplate({
      path: "/families/fam1/follow-up", familyId: "fam1", contentType: recorded.contentType, body: recorded.body,
      headers: { "next-action": "abc", "next-router-state-tree": "%5B%22fam1%22%5D", cookie: "old", "content-length": "1", "sec-fetch-mode": "cors" },
      response: { status: 200, headers: {}, bodyStart: "" },
    });
    expect(template.prefix).toBe("_1_");
    expect(template.fieldNames).toEqual(["familyId", "note"]);
    const req = template.request("fam2", [{ name: "familyId", value: "fam2" }, { name: "note", value: "x" }], "session=1");
    expect(req.path).toBe("/families/fam2/follow-up");
    expect(req.headers).toMatchObject({ "next-action": "abc", "next-router-state-tree": "%5B%22fam2%22%5D", cookie: "session=1" });
    expect(req.headers).not.toHaveProperty("sec-fetch-mode");
    const parts = parseMultipart(req.body, req.headers["content-type"]!);
    expect(parts.map((p) => p.name)).toEqual(["_1_$ACTION_REF_2", "_1_$ACTION_2:0", "_1_familyId", "_1_note", "0"]);

    const ok = { status: 200, headers: { "x-action-redirect": "/families/fam2?followUp=1;push" }, text: () => "0:{}" };
    expect(checkActionResponse(ok, "/families/fam2?followUp=1")).toEqual({ ok: true });
    const refused = { status: 200, headers: {}, text: () => '0:{"a":"$@1"}\n1:{"ok":false,"code":"CONFLICT"}' };
    expect(checkActionResponse(refused, "/families/fam2?followUp=1")).toMatchObject({ ok: false });
  });
});

describe("parseServerTiming", () => {
  it("reads the server's parts and leaves out what has no duration", () => {
    expect(parseServerTiming("session;dur=2, command;dur=11.7, render;dur=26.3, total;dur=40")).toEqual({ session: 2, command: 11.7, render: 26.3, total: 40 });
    expect(parseServerTiming('cache;desc="hit", db;dur=x, total;dur=5')).toEqual({ total: 5 });
    expect(parseServerTiming(undefined)).toEqual({});
    expect(parseServerTiming(["a;dur=1", "b;dur=2"])).toEqual({ a: 1, b: 2 });
  });

  it("reads what the server writes", () => {
    expect(parseServerTiming(serverTimingHeader([{ name: "command", ms: 12.34 }], 50))).toEqual({ command: 12.3, render: 37.7, total: 50 });
  });
});
