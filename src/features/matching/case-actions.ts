"use server";

import { redirect } from "next/navigation";
import { fieldOf, runFormCommand, type FormState } from "@/server/action";
import { refreshCase } from "./revalidate";
import { advanceMatchingStage, openMatchingCase, returnMatchingToSearch, saveMatchingProfile, saveMatchingWish, withdrawMatchingCase } from "./case-commands";

const casePath = (formData: FormData) => `/matching/${fieldOf(formData, "caseId")}`;

export async function openMatchingCaseAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const result = await runFormCommand(openMatchingCase, formData, "/matching");
  if (result?.ok) redirect(`/matching/${result.data.caseId}?opened=1`);
  return result;
}

export async function saveMatchingProfileAction(_prev: FormState, formData: FormData): Promise<FormState> {
  return refreshCase(fieldOf(formData, "caseId"), await runFormCommand(saveMatchingProfile, formData, casePath(formData)));
}

export async function saveMatchingWishAction(_prev: FormState, formData: FormData): Promise<FormState> {
  return refreshCase(fieldOf(formData, "caseId"), await runFormCommand(saveMatchingWish, formData, casePath(formData)));
}

export async function advanceMatchingStageAction(_prev: FormState, formData: FormData): Promise<FormState> {
  return refreshCase(fieldOf(formData, "caseId"), await runFormCommand(advanceMatchingStage, formData, casePath(formData)));
}

export async function returnMatchingToSearchAction(_prev: FormState, formData: FormData): Promise<FormState> {
  return refreshCase(fieldOf(formData, "caseId"), await runFormCommand(returnMatchingToSearch, formData, casePath(formData)));
}

export async function withdrawMatchingCaseAction(_prev: FormState, formData: FormData): Promise<FormState> {
  return refreshCase(fieldOf(formData, "caseId"), await runFormCommand(withdrawMatchingCase, formData, casePath(formData)));
}
