import { DEFAULT_METHOD_CONFIG, type MethodConfig } from "./config";
import type { ReasonCode } from "./reasons";
import {
  gateClose, gateEndPhase, gateExtendPhase, gateRecordAssessment, gateRecordFollowUp, gateReopen, gateStartChange, gateStartMaintenance,
} from "./rules";
import type { CaseSnapshot } from "./snapshot";

export const CASE_ACTIONS = [
  "START_CHANGE", "START_MAINTENANCE", "EXTEND_PHASE", "END_PHASE", "RECORD_ASSESSMENT", "RECORD_FOLLOW_UP", "CLOSE", "REOPEN",
] as const;
export type CaseAction = (typeof CASE_ACTIONS)[number];

export type ActionAvailability = { action: CaseAction; allowed: true } | { action: CaseAction; allowed: false; reason: ReasonCode; params?: Record<string, string | number> };

/** Which transitions the case allows now, and for the others the rule that stands in the way. */
export function allowedNextActions(s: CaseSnapshot, config: MethodConfig = DEFAULT_METHOD_CONFIG): ActionAvailability[] {
  const gates = {
    START_CHANGE: gateStartChange(s, config),
    START_MAINTENANCE: gateStartMaintenance(s),
    EXTEND_PHASE: gateExtendPhase(s, config),
    END_PHASE: gateEndPhase(s),
    RECORD_ASSESSMENT: gateRecordAssessment(s),
    RECORD_FOLLOW_UP: gateRecordFollowUp(s),
    CLOSE: gateClose(s),
    REOPEN: gateReopen(s),
  };
  return CASE_ACTIONS.map((action) => {
    const r = gates[action];
    return r.ok ? { action, allowed: true } : { action, allowed: false, reason: r.reason, params: r.params };
  });
}

export function isAllowed(availability: ActionAvailability[], action: CaseAction): boolean {
  return availability.some((a) => a.action === action && a.allowed);
}
