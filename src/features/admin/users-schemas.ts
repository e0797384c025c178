import { z } from "zod";
import { checkbox, id, shortText, version } from "@/server/schemas";
import { MUNICIPAL_ROLES } from "./users-roles";


const email = z.preprocess((v) => (typeof v === "string" ? v.trim().toLowerCase() : v), z.string().min(1).max(254).pipe(z.email()));

export const createUserInput = z.object({
  name: shortText(120),
  email,
  role: z.enum(MUNICIPAL_ROLES),
});

export const updateUserInput = z.object({
  userId: id,
  version,
  name: shortText(120),
  role: z.enum(MUNICIPAL_ROLES),
});

export const setUserActiveInput = z.object({
  userId: id,
  version,
  /** The state asked for: "true" reactivates, anything else deactivates. */
  active: checkbox,
});

export const userRefInput = z.object({ userId: id });

/** A group of checkboxes arrives as one string, a list, or nothing. */
const idList = (max: number) => z.preprocess((v) => (typeof v === "string" ? (v === "" ? [] : [v]) : (v ?? [])), z.array(id).max(max));

export const handoverInput = z.object({
  leaverId: id,
  /** The colleagues who take the families: several share them round-robin, one takes them all. */
  targetIds: idList(20).pipe(z.array(id).min(1)),
  /** Which of the leaver's roles on families to move (the administrator's subset, by count). */
  roles: z.preprocess((v) => (typeof v === "string" ? (v === "" ? [] : [v]) : (v ?? [])), z.array(z.enum(["CASEWORKER", "THERAPIST"])).max(2)),
  /** The coordinator's subset by name; empty means all. The administrator never sends names. */
  familyIds: idList(2000),
  deactivate: checkbox,
});
