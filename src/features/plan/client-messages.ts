// The message namespaces this feature's client components read (src/i18n/client-messages.ts).
export const PLAN_MESSAGES = ["planEditor", "planProposals"] as const;
