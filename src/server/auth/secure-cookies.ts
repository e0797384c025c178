/**
 * Whether session cookies carry `Secure`. NEXTAUTH_URL is the public address, so it says https
 * even when a TLS-terminating proxy talks plain http to us; SECURE_COOKIES=true forces it for
 * set-ups whose NEXTAUTH_URL does not show that.
 */
export function secureCookies(env: Record<string, string | undefined> = process.env): boolean {
  return env.SECURE_COOKIES === "true" || (env.NEXTAUTH_URL ?? "").trim().toLowerCase().startsWith("https://");
}
