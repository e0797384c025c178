"use server";

import { redirect } from "next/navigation";
import { fieldOf, runFormCommand, type FormState } from "@/server/action";
import { addChild, addParent, changeStaff, endPlacement, movePlacement, startPlacement } from "./commands";

const familyPath = (formData: FormData) => `/families/${fieldOf(formData, "familyId")}`;

export async function addChildAction(_prev: FormState, formData: FormData): Promise<FormState> {
  return runFormCommand(addChild, formData, familyPath(formData));
}

export async function addParentAction(_prev: FormState, formData: FormData): Promise<FormState> {
  return runFormCommand(addParent, formData, familyPath(formData));
}

// Starting or ending a placement swaps the child's forms (start <-> move/end), so the form that was
// used is gone after the save: the page says what happened instead.
export async function startPlacementAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const result = await runFormCommand(startPlacement, formData, familyPath(formData));
  if (result?.ok) redirect(`${familyPath(formData)}?people=placementStarted#placements-heading`);
  return result;
}

export async function movePlacementAction(_prev: FormState, formData: FormData): Promise<FormState> {
  return runFormCommand(movePlacement, formData, familyPath(formData));
}

export async function endPlacementAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const result = await runFormCommand(endPlacement, formData, familyPath(formData));
  if (result?.ok) redirect(`${familyPath(formData)}?people=ended#placements-heading`);
  return result;
}

export async function changeStaffAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const result = await runFormCommand(changeStaff, formData, familyPath(formData));
  // Handing the family to a colleague ends the caseworker's own reach: their home page, not a 404.
  if (result?.ok && !(result.data as { stillReaches: boolean }).stillReaches) redirect("/?handedOver=1");
  return result;
}
