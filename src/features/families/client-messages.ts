// The message namespaces this feature's client components read (src/i18n/client-messages.ts).
export const FAMILIES_MESSAGES = ["edit", "enrol", "targetGroup", "familyPage", "family", "people", "legalBasis", "siteKind"] as const;
