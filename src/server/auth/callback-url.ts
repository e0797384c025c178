// next-auth v4 throws (and Next.js answers 500) when a callbackUrl in the query or its cookie is
// not an http(s) URL. The route refuses such a request itself, with a 400 in the user's language.

/** next-auth's own test (core/lib/assert.js), so we refuse exactly what it would throw on. */
export function isValidCallbackUrl(value: string, base: string): boolean {
  try {
    return /^https?:/.test(new URL(value, value.startsWith("/") ? base : undefined).protocol);
  } catch {
    return false;
  }
}

export const CALLBACK_COOKIES = ["next-auth.callback-url", "__Secure-next-auth.callback-url"];

/** The names of what is wrong: "query" for the parameter, or a cookie's name. */
export function badCallbackUrls(query: URLSearchParams, cookies: { name: string; value: string }[], base: string): string[] {
  const bad: string[] = [];
  for (const value of query.getAll("callbackUrl")) if (value && !isValidCallbackUrl(value, base)) bad.push("query");
  for (const c of cookies) if (CALLBACK_COOKIES.includes(c.name) && c.value && !isValidCallbackUrl(c.value, base)) bad.push(c.name);
  return bad;
}
