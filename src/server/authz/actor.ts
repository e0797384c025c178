import type { Role } from "@/generated/prisma/enums";

/** The signed-in user as every permission check sees it, re-read from the database per request. */
export interface Actor {
  id: string;
  email: string;
  name: string;
  role: Role;
  municipalityId: string | null;
  locale: string;
  /** Sites where the user is staff (role SITE). */
  staffSiteIds: string[];
  /** Sites the user consults for (role CONSULTANT). */
  consultantSiteIds: string[];
  /** The parent record a PARENT's login belongs to; null for every other role. */
  parentId: string | null;
  /** The login this request came through; absent for scripts, which act without one. */
  sessionId?: string;
}
