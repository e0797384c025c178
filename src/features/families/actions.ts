"use server";

import { redirect } from "next/navigation";
import { fieldOf, runFormCommand, type FormState } from "@/server/action";
import { enrolFamily, updateChild, updateFamily, updateParent } from "./commands";

export async function enrolFamilyAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const result = await runFormCommand(enrolFamily, formData, "/families");
  if (result?.ok) redirect(`/families/${(result.data as { familyId: string }).familyId}`);
  return result;
}

export async function updateFamilyAction(_prev: FormState, formData: FormData): Promise<FormState> {
  return runFormCommand(updateFamily, formData, `/families/${fieldOf(formData, "familyId")}`);
}

export async function updateParentAction(_prev: FormState, formData: FormData): Promise<FormState> {
  return runFormCommand(updateParent, formData, `/families/${fieldOf(formData, "familyId")}`);
}

export async function updateChildAction(_prev: FormState, formData: FormData): Promise<FormState> {
  return runFormCommand(updateChild, formData, `/families/${fieldOf(formData, "familyId")}`);
}
