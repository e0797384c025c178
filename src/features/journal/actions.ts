"use server";

import { redirect } from "next/navigation";
import { fieldOf, runFormCommand, type FormState } from "@/server/action";
import { editJournalEntry, writeJournalEntry } from "./commands";

const familyPath = (formData: FormData) => `/families/${fieldOf(formData, "familyId")}`;

export async function writeJournalEntryAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const correcting = fieldOf(formData, "correctsId") !== "";
  const result = await runFormCommand(writeJournalEntry, formData, familyPath(formData));
  // A correction is written on the old entry's own page; back on the family page both show.
  if (result?.ok && correcting) redirect(`${familyPath(formData)}?journal=corrected#journal-heading`);
  return result;
}

export async function editJournalEntryAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const result = await runFormCommand(editJournalEntry, formData, familyPath(formData));
  if (result?.ok) redirect(`${familyPath(formData)}?journal=edited#journal-heading`);
  return result;
}
