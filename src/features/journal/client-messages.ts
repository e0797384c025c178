// The message namespaces this feature's client components read (src/i18n/client-messages.ts).
export const JOURNAL_MESSAGES = ["journal"] as const;
