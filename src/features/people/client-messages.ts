// The message namespaces this feature's client components read (src/i18n/client-messages.ts).
export const PEOPLE_MESSAGES = ["people", "enrol", "legalBasis", "family", "siteKind"] as const;
