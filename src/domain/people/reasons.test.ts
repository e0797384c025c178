import { describe, expect, it } from "vitest";
import da from "../../i18n/messages/da.json";
import en from "../../i18n/messages/en.json";
import { PEOPLE_REASON_CODES } from "./reasons";

describe("people reason codes", () => {
  it.each([["da", da], ["en", en]] as const)("each has a message in %s", (_, messages) => {
    const texts = (messages as unknown as { people: { reasons: Record<string, string> } }).people.reasons;
    expect(Object.keys(texts).sort()).toEqual([...PEOPLE_REASON_CODES].sort());
  });
});
