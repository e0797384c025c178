import { describe, expect, it } from "vitest";
import da from "../../i18n/messages/method-reasons.da.json";
import en from "../../i18n/messages/method-reasons.en.json";
import { checkActivePlanGoals, checkClose, checkReopen } from "./case-rules";
import { checkRecordFollowUp } from "./follow-ups";
import { checkRating } from "./ratings";
import { checkEndPhase, checkExtendPhase, checkRecordAssessment, checkStartChange, checkStartMaintenance } from "./phase-rules";
import { isReasonCode, REASON_CODES, type Refusal, type RuleResult } from "./reasons";
import { afterChange, inChange, snapshot } from "./test-fixtures";

/** The argument names at the top level of an ICU message ("{min}", "{phase, select, …}"), not inside options. */
function placeholders(message: string): string[] {
  const names: string[] = [];
  let depth = 0;
  for (let i = 0; i < message.length; i++) {
    if (message[i] === "{") {
      if (depth === 0) names.push(/^\{\s*(\w+)/.exec(message.slice(i))?.[1] ?? "?");
      depth++;
    } else if (message[i] === "}") {
      depth--;
      if (depth < 0) throw new Error(`Unbalanced braces: ${message}`);
    }
  }
  if (depth !== 0) throw new Error(`Unbalanced braces: ${message}`);
  return names;
}

describe("reason codes", () => {
  it("are unique", () => {
    expect(new Set(REASON_CODES).size).toBe(REASON_CODES.length);
  });

  it.each([["da", da], ["en", en]] as const)("each has a message in %s, and nothing else does", (_, messages) => {
    expect(Object.keys(messages).sort()).toEqual([...REASON_CODES].sort());
    for (const text of Object.values(messages)) expect(text.trim().length).toBeGreaterThan(10);
  });

  it("recognises codes", () => {
    expect(isReasonCode("PHASE_RUNNING")).toBe(true);
    expect(isReasonCode("PHASE_RUNING")).toBe(false);
  });

  it("get every placeholder their messages use from the rules' params", () => {
    const refusals: RuleResult[] = [
      checkActivePlanGoals(0),
      checkActivePlanGoals(9),
      checkStartChange(snapshot(), { startDate: "2026-03-01", plannedWeeks: 17 }, "2026-03-02"),
      checkStartChange(snapshot(), { startDate: "2026-01-01", plannedWeeks: 12 }, "2026-03-02"),
      checkStartMaintenance(afterChange({ decision: "START_MAINTENANCE", date: "2026-04-28" }), { startDate: "2026-05-01", plannedWeeks: 12, followUpIntervalDays: 7 }, "2026-05-01"),
      checkExtendPhase(inChange({ plannedWeeks: 16 }), 17, "2026-03-02"),
      checkExtendPhase(inChange(), 12, "2026-03-02"),
      checkExtendPhase(inChange(), 18, "2026-03-02"),
      checkEndPhase(inChange(), { endDate: "2026-01-01" }, "2026-03-02"),
      checkEndPhase(inChange({}, { followUps: [{ date: "2026-02-16", phaseId: "c1" }] }), { endDate: "2026-02-15", earlyEndReason: "x" }, "2026-03-02"),
      checkEndPhase(inChange(), { endDate: "2026-03-01" }, "2026-03-02"),
      checkRecordAssessment(afterChange(), { date: "2026-01-01", decision: "START_MAINTENANCE" }, "2026-05-01"),
      checkRecordFollowUp(inChange(), "2026-01-01", "2026-03-02"),
      checkRecordFollowUp(afterChange(), "2026-04-27", "2026-05-01", undefined, "c1"),
      checkRating(11)!,
      checkClose(snapshot(), { date: "2026-01-01", reason: "x" }, "2026-03-02"),
      checkReopen(snapshot({ closed: true, closedOn: "2026-02-01" }), { date: "2026-01-20" }, "2026-03-02"),
    ];
    const seen = new Set<string>();
    for (const r of refusals) {
      expect(r.ok).toBe(false);
      const { reason, params = {} } = r as Refusal;
      seen.add(reason);
      for (const messages of [da, en] as Record<string, string>[]) {
        expect(placeholders(messages[reason]!).filter((p) => !(p in params)), `${reason}: ${messages[reason]}`).toEqual([]);
      }
    }
    // Every message with a placeholder is covered above.
    const withPlaceholders = REASON_CODES.filter((code) => placeholders((da as Record<string, string>)[code]!).length > 0);
    expect(withPlaceholders.filter((code) => !seen.has(code))).toEqual([]);
  });
});
