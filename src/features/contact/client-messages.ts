// The message namespaces this feature's client components read (src/i18n/client-messages.ts).
export const CONTACT_MESSAGES = ["contact", "contactRolling"] as const;
