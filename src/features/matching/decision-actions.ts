"use server";

import { fieldOf, runFormCommand, type FormState } from "@/server/action";
import { refreshCase } from "./revalidate";
import { decideMatch, recordDecisionNotice, recordMove } from "./decision-commands";

const decisionPath = (formData: FormData) => `/matching/${fieldOf(formData, "caseId")}/decision`;

export async function decideMatchAction(_prev: FormState, formData: FormData): Promise<FormState> {
  return refreshCase(fieldOf(formData, "caseId"), await runFormCommand(decideMatch, formData, decisionPath(formData)));
}
export async function recordDecisionNoticeAction(_prev: FormState, formData: FormData): Promise<FormState> {
  return refreshCase(fieldOf(formData, "caseId"), await runFormCommand(recordDecisionNotice, formData, decisionPath(formData)));
}
export async function recordMoveAction(_prev: FormState, formData: FormData): Promise<FormState> {
  return refreshCase(fieldOf(formData, "caseId"), await runFormCommand(recordMove, formData, decisionPath(formData)));
}
