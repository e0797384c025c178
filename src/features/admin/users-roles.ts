/** The roles an administrator gives in their own municipality; site users are made from the sites admin. */
export const MUNICIPAL_ROLES = ["CASEWORKER", "THERAPIST", "CONSULTANT", "COORDINATOR", "ADMIN"] as const;

/**
 * The users an administrator manages: the municipality's staff. Site users belong to the site register and
 * parents to their caseworker (features/parent-access), so neither is listed, changed or handed over here.
 */
export const MUNICIPAL_STAFF = { role: { in: [...MUNICIPAL_ROLES] } };
