// The message namespaces this feature's client components read (src/i18n/client-messages.ts).
export const ADMIN_MESSAGES = ["userAdmin", "roles", "siteAdmin", "siteKind"] as const;
