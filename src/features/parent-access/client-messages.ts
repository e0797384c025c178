// The message namespaces this feature's client components read (src/i18n/client-messages.ts).
export const PARENT_ACCESS_MESSAGES = ["parentAccess", "userAdmin"] as const;
