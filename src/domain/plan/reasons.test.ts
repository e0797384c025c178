import { describe, expect, it } from "vitest";
import da from "../../i18n/messages/da.json";
import en from "../../i18n/messages/en.json";
import { PLAN_REASON_CODES } from "./reasons";

describe("plan reason codes", () => {
  it.each([["da", da], ["en", en]] as const)("each has a message in %s", (_, messages) => {
    const texts = (messages as unknown as { planProposals: { reasons: Record<string, string> } }).planProposals.reasons;
    expect(Object.keys(texts).sort()).toEqual([...PLAN_REASON_CODES].sort());
  });
});
