import { describe, expect, it } from "vitest";
import da from "../../i18n/messages/matching.da.json";
import en from "../../i18n/messages/matching.en.json";
import { messagesFor } from "../../i18n/messages";
import { MATCHING_REASON_CODES } from "./reasons";
import { BREAKDOWN_CAUSES, BREAKDOWN_ENDED_BY } from "./breakdown";
import { CRITERION_RATINGS, SECTION_52_CRITERIA } from "./criteria";
import { WISH_ANSWERS } from "./decision";
import { MATCHING_STAGES } from "./stages";

describe("matching texts", () => {
  it.each([["da", da], ["en", en]] as const)("has a message for each code in %s", (_, { matching }) => {
    expect(Object.keys(matching.reasons).sort()).toEqual([...MATCHING_REASON_CODES].sort());
    expect(Object.keys(matching.stage).sort()).toEqual([...MATCHING_STAGES].sort());
    expect(Object.keys(matching.criterion).sort()).toEqual([...SECTION_52_CRITERIA].sort());
    expect(Object.keys(matching.rating).sort()).toEqual([...CRITERION_RATINGS].sort());
    expect(Object.keys(matching.wishAnswer).sort()).toEqual([...WISH_ANSWERS].sort());
    expect(Object.keys(matching.endedBy).sort()).toEqual([...BREAKDOWN_ENDED_BY].sort());
    expect(Object.keys(matching.cause).sort()).toEqual([...BREAKDOWN_CAUSES].sort());
  });

  it("shows a refusal of the matching rules like any other refusal, without hiding one of the method's", () => {
    const reasons = messagesFor("da").reasons as Record<string, string>;
    expect(reasons.MATCH_NO_VACANCY).toBe(da.matching.reasons.MATCH_NO_VACANCY);
    expect(Object.keys(reasons).length).toBeGreaterThan(MATCHING_REASON_CODES.length);
  });
});
