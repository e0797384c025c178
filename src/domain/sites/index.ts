// The placement-site register's rules (pure): the kinds of Barnets Lov and the CVR check.

/** The placement types of Barnets Lov, in the order a form offers them. */
export const SITE_KINDS = [
  "GENERAL_FOSTER_FAMILY",
  "REINFORCED_FOSTER_FAMILY",
  "SPECIALISED_FOSTER_FAMILY",
  "NETWORK_FOSTER_FAMILY",
  "CHILDRENS_HOME",
  "OWN_ROOM",
  "BOARDING_SCHOOL",
] as const;
export type SiteKindValue = (typeof SITE_KINDS)[number];

/** Foster families (of every kind) are private homes and may have no CVR number. */
export function isFosterFamily(kind: SiteKindValue): boolean {
  return kind.endsWith("FOSTER_FAMILY");
}

const CVR_WEIGHTS = [2, 7, 6, 5, 4, 3, 2, 1] as const;

/** A CVR number as typed: spaces and a leading "DK" removed. */
export function normaliseCvr(input: string): string {
  return input.replace(/\s+/g, "").replace(/^DK/i, "");
}

/**
 * A valid CVR number: 8 digits, not starting with 0, whose digits weighted 2,7,6,5,4,3,2,1 sum to a
 * multiple of 11 (the modulus-11 check of the Central Business Register).
 */
export function isValidCvr(cvr: string): boolean {
  if (!/^[1-9]\d{7}$/.test(cvr)) return false;
  const sum = [...cvr].reduce((acc, digit, i) => acc + Number(digit) * CVR_WEIGHTS[i]!, 0);
  return sum % 11 === 0;
}

export type SiteRegisterReason = "CVR_INVALID" | "CVR_REQUIRED";

/** Whether a site's CVR number is acceptable for its kind; null when it is. */
export function checkSiteCvr(kind: SiteKindValue, cvr: string | null): { reason: SiteRegisterReason; field: "cvr" } | null {
  if (cvr === null || cvr === "") return isFosterFamily(kind) ? null : { reason: "CVR_REQUIRED", field: "cvr" };
  return isValidCvr(cvr) ? null : { reason: "CVR_INVALID", field: "cvr" };
}
