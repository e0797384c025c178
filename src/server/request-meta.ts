import "server-only";
import { headers } from "next/headers";

// The client address comes from scripts/server.mjs, which sets these headers after deleting any
// copy the client sent, and puts its per-process token beside it. Without the token (e.g. under
// `next dev`) the address is unknown rather than whatever a header claims.
export const CLIENT_IP_HEADER = "x-fs-client-ip";
export const CLIENT_IP_TOKEN_HEADER = "x-fs-client-ip-token";

type HeaderSource = Headers | Record<string, unknown> | undefined | null;

export function clientIpFrom(source: HeaderSource, token: string | undefined = (globalThis as { __fsClientIpToken?: string }).__fsClientIpToken): string | null {
  if (!source || !token) return null;
  const get = (name: string) => {
    const value = source instanceof Headers ? source.get(name) : source[name];
    return typeof value === "string" ? value : null;
  };
  if (get(CLIENT_IP_TOKEN_HEADER) !== token) return null;
  const ip = get(CLIENT_IP_HEADER);
  return ip && /^[0-9a-f.:]{2,45}$/i.test(ip) ? ip : null;
}

/** The client address of the request being served, or null outside a request (scripts, tests). */
export async function currentClientIp(): Promise<string | null> {
  try {
    return clientIpFrom(await headers());
  } catch {
    return null;
  }
}
