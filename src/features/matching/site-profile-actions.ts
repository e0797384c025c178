"use server";

import { fieldOf, runFormCommand, type FormState } from "@/server/action";
import { saveSiteMatchProfile } from "./site-profile";

export async function saveSiteMatchProfileAction(_prev: FormState, formData: FormData): Promise<FormState> {
  return runFormCommand(saveSiteMatchProfile, formData, `/consultant/sites/${fieldOf(formData, "siteId")}`);
}
