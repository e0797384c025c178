// The message namespaces this feature's client components read (src/i18n/client-messages.ts).
export const NOTIFICATIONS_MESSAGES = ["notifications"] as const;
