// The message namespaces this feature's client components read (src/i18n/client-messages.ts).
export const MATCHING_MESSAGES = ["matchingBreakdown", "matching", "matchingCandidates", "matchingCase", "matchingDecision", "matchingFirstYear"] as const;
