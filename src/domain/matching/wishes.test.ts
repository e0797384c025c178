import { describe, expect, it } from "vitest";
import { checkDeadline, checkWish, isHeard } from "./wishes";

const today = "2026-11-28";
const heard = { notHeard: false, words: "Jeg vil bo tæt på min skole", heardOn: "2026-11-20", notHeardReason: "" };

describe("a wish on record", () => {
  it("is the person's words with the day they were heard", () => {
    expect(checkWish(heard, today)).toBeNull();
    expect(checkWish({ ...heard, words: "  " }, today)?.field).toBe("words");
    expect(checkWish({ ...heard, heardOn: null }, today)?.reason).toBe("MATCH_HEARD_ON_REQUIRED");
    expect(checkWish({ ...heard, heardOn: "2026-11-29" }, today)?.reason).toBe("MATCH_HEARD_IN_FUTURE");
    expect(checkWish({ ...heard, heardOn: today }, today)).toBeNull();
  });

  it("or why the person was not heard", () => {
    expect(checkWish({ ...heard, notHeard: true, words: "", notHeardReason: "Barnet er 1 år" }, today)).toBeNull();
    expect(checkWish({ ...heard, notHeard: true, notHeardReason: " " }, today)?.field).toBe("notHeardReason");
  });

  it("counts as heard for the gate to the search only when complete", () => {
    expect(isHeard(undefined)).toBe(false);
    expect(isHeard({ words: "Tæt på skolen", heardOn: new Date(), notHeardReason: null })).toBe(true);
    expect(isHeard({ words: "Tæt på skolen", heardOn: null, notHeardReason: null })).toBe(false);
    expect(isHeard({ words: "", heardOn: null, notHeardReason: "Ville ikke mødes" })).toBe(true);
  });
});

describe("a new case's deadline", () => {
  it("may be today or later, or none", () => {
    expect(checkDeadline(null, today)).toBeNull();
    expect(checkDeadline(today, today)).toBeNull();
    expect(checkDeadline("2026-11-27", today)?.reason).toBe("MATCH_DEADLINE_PAST");
  });
});
