"use server";

import { redirect } from "next/navigation";
import { fieldOf, runFormCommand, type FormState } from "@/server/action";
import { advanceMatchingStage, openMatchingCase, returnMatchingToSearch, saveMatchingProfile, saveMatchingWish, withdrawMatchingCase } from "./case-commands";

const casePath = (formData: FormData) => `/matching/${fieldOf(formData, "caseId")}`;

export async function openMatchingCaseAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const result = await runFormCommand(openMatchingCase, formData, "/matching");
  if (result?.ok) redirect(`/matching/${result.data.caseId}?opened=1`);
  return result;
}

export async function saveMatchingProfileAction(_prev: FormState, formData: FormData): Promise<FormState> {
  return runFormCommand(saveMatchingProfile, formData, casePath(formData));
}

export async function saveMatchingWishAction(_prev: FormState, formData: FormData): Promise<FormState> {
  return runFormCommand(saveMatchingWish, formData, casePath(formData));
}

export async function advanceMatchingStageAction(_prev: FormState, formData: FormData): Promise<FormState> {
  return runFormCommand(advanceMatchingStage, formData, casePath(formData));
}

export async function returnMatchingToSearchAction(_prev: FormState, formData: FormData): Promise<FormState> {
  return runFormCommand(returnMatchingToSearch, formData, casePath(formData));
}

export async function withdrawMatchingCaseAction(_prev: FormState, formData: FormData): Promise<FormState> {
  return runFormCommand(withdrawMatchingCase, formData, casePath(formData));
}
