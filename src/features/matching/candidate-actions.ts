"use server";

import { fieldOf, runFormCommand, type FormState } from "@/server/action";
import { refreshCase } from "./revalidate";
import { addCandidate, answerReferral, proposeCandidate, rateCandidate, recordMatchVisit, removeCandidate, sendReferral } from "./candidate-commands";

// The form says which page it is on: the list of candidates, or one candidate's page.
const casePath = (formData: FormData) => {
  const onPage = fieldOf(formData, "onCandidate");
  return `/matching/${fieldOf(formData, "caseId")}/candidates${onPage ? `/${onPage}` : ""}`;
};

export async function addCandidateAction(_prev: FormState, formData: FormData): Promise<FormState> {
  return refreshCase(fieldOf(formData, "caseId"), await runFormCommand(addCandidate, formData, casePath(formData)));
}
export async function removeCandidateAction(_prev: FormState, formData: FormData): Promise<FormState> {
  return refreshCase(fieldOf(formData, "caseId"), await runFormCommand(removeCandidate, formData, casePath(formData)));
}
export async function rateCandidateAction(_prev: FormState, formData: FormData): Promise<FormState> {
  return refreshCase(fieldOf(formData, "caseId"), await runFormCommand(rateCandidate, formData, casePath(formData)));
}
export async function sendReferralAction(_prev: FormState, formData: FormData): Promise<FormState> {
  return refreshCase(fieldOf(formData, "caseId"), await runFormCommand(sendReferral, formData, casePath(formData)));
}
export async function recordMatchVisitAction(_prev: FormState, formData: FormData): Promise<FormState> {
  return refreshCase(fieldOf(formData, "caseId"), await runFormCommand(recordMatchVisit, formData, casePath(formData)));
}
export async function proposeCandidateAction(_prev: FormState, formData: FormData): Promise<FormState> {
  return refreshCase(fieldOf(formData, "caseId"), await runFormCommand(proposeCandidate, formData, casePath(formData)));
}
export async function answerReferralAction(_prev: FormState, formData: FormData): Promise<FormState> {
  return refreshCase(fieldOf(formData, "caseId"), await runFormCommand(answerReferral, formData, `/site/referrals/${fieldOf(formData, "candidateId")}`));
}
