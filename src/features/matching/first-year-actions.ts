"use server";

import { fieldOf, runFormCommand, type FormState } from "@/server/action";
import { recordFirstYearEvent } from "./first-year";

export async function recordFirstYearEventAction(_prev: FormState, formData: FormData): Promise<FormState> {
  return runFormCommand(recordFirstYearEvent, formData, `/matching/${fieldOf(formData, "caseId")}/first-year`);
}
