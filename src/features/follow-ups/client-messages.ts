// The message namespaces this feature's client components read (src/i18n/client-messages.ts).
export const FOLLOW_UPS_MESSAGES = ["followUpForm", "parentRatings"] as const;
