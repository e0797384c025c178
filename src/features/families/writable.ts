import "server-only";
import { checkCaseWritable } from "@/domain/method";
import { ruleViolation } from "@/server/errors";

/** The family row stores a closed case as its current phase "CLOSED". */
export const isClosedCase = (stage: string): boolean => stage === "CLOSED";

/**
 * The server's side of checkCaseWritable for commands that do not load a whole CaseSnapshot:
 * a change to anything of a closed family is refused with the method's reason (RULE CASE_CLOSED).
 */
export function assertCaseWritable(family: { stage: string }): void {
  const refusal = checkCaseWritable({ closed: isClosedCase(family.stage) });
  if (refusal) throw ruleViolation(refusal.reason, refusal.params, refusal.field);
}
