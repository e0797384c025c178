import "server-only";

// The one reader of a municipality's settings lives in the domain (src/domain/method/settings-limits.ts),
// where the session code in src/server may use it too; re-exported here for the features that read it.
export { methodConfigFor } from "@/domain/method/settings-limits";
