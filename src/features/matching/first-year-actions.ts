"use server";

import { fieldOf, runFormCommand, type FormState } from "@/server/action";
import { refreshCase } from "./revalidate";
import { recordFirstYearEvent } from "./first-year";

export async function recordFirstYearEventAction(_prev: FormState, formData: FormData): Promise<FormState> {
  return refreshCase(fieldOf(formData, "caseId"), await runFormCommand(recordFirstYearEvent, formData, `/matching/${fieldOf(formData, "caseId")}/first-year`));
}
