// The message namespaces this feature's client components read (src/i18n/client-messages.ts).
export const MEETINGS_MESSAGES = ["meetingChanges", "meetings", "roles", "enrol"] as const;
