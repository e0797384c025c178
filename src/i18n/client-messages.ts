// A page sends its client components only the message namespaces they read, not the whole catalogue
// (80 KB in every response, most of a page's bytes and a third of a trivial page's CPU: docs/performance.md).
// Server components translate on the server and send text; a server action's refusal comes as text too
// (src/server/action-texts.ts). tests/i18n/client-messages.test.ts reads every client component's source and
// proves each list names what its components use.

/** What the app's frame uses on every page: the log-out button and the login form. */
export const CORE_CLIENT_NAMESPACES = ["app", "login"] as const;

type Messages = Record<string, unknown>;

/** The chosen top-level namespaces of a catalogue, the core always among them. */
export function pickNamespaces(messages: Messages, namespaces: readonly string[]): Messages {
  const out: Messages = {};
  for (const name of [...CORE_CLIENT_NAMESPACES, ...namespaces]) if (name in messages) out[name] = messages[name];
  return out;
}
