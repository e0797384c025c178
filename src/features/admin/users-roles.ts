/** The roles an administrator gives in their own municipality; site users are made from the sites admin. */
export const MUNICIPAL_ROLES = ["CASEWORKER", "THERAPIST", "CONSULTANT", "COORDINATOR", "ADMIN"] as const;
