// The message namespaces this feature's client components read (src/i18n/client-messages.ts).
export const PORTAL_MESSAGES = ["portal"] as const;
