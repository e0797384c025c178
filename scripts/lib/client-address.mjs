// Who is on the other end of a request. The socket's address is the truth; X-Forwarded-For is
// believed only as far as the proxies the operator named in TRUSTED_PROXIES (addresses, CIDRs, or
// a hop count) — otherwise anyone could pick the address the login limits and the audit log see.
import { BlockList, isIP } from "node:net";

/** "::ffff:10.0.0.1" (an IPv4 peer on a dual-stack socket) is 10.0.0.1. */
export function normalizeAddress(address) {
  if (typeof address !== "string") return null;
  let a = address.trim();
  if (a.startsWith("[") && a.includes("]")) a = a.slice(1, a.indexOf("]"));
  if (/^::ffff:\d+\.\d+\.\d+\.\d+$/i.test(a)) a = a.slice(7);
  // "1.2.3.4:5678" as some proxies write it.
  if (/^\d+\.\d+\.\d+\.\d+:\d+$/.test(a)) a = a.slice(0, a.lastIndexOf(":"));
  return isIP(a) ? a.toLowerCase() : null;
}

/**
 * TRUSTED_PROXIES: empty = trust no forwarded header; a whole number n = the last n hops are
 * proxies of ours; otherwise a comma-separated list of addresses and CIDRs ("10.0.0.0/8, ::1").
 * Throws on an entry it cannot read, so a typo stops the start instead of trusting nobody silently.
 */
export function parseTrustedProxies(value) {
  const text = (value ?? "").trim();
  if (text === "") return { hops: 0, list: null };
  if (/^\d+$/.test(text)) return { hops: Math.min(Number(text), 10), list: null };
  const list = new BlockList();
  for (const raw of text.split(",").map((s) => s.trim()).filter(Boolean)) {
    const [addr, bits] = raw.split("/");
    const ip = normalizeAddress(addr);
    if (!ip) throw new Error(`TRUSTED_PROXIES: cannot read "${raw}"`);
    const family = isIP(ip) === 6 ? "ipv6" : "ipv4";
    if (bits === undefined) list.addAddress(ip, family);
    else {
      const prefix = Number(bits);
      if (!Number.isInteger(prefix) || prefix < 0 || prefix > (family === "ipv4" ? 32 : 128)) throw new Error(`TRUSTED_PROXIES: bad prefix in "${raw}"`);
      list.addSubnet(ip, prefix, family);
    }
  }
  return { hops: 0, list };
}

function isTrusted(trusted, ip) {
  return !!trusted.list && trusted.list.check(ip, isIP(ip) === 6 ? "ipv6" : "ipv4");
}

/**
 * The client's address: walk the chain [X-Forwarded-For entries…, socket peer] from the right,
 * stepping left only over trusted proxies. Returns null when even the socket's address is unknown.
 */
export function clientAddress(socketAddress, forwardedFor, trusted) {
  const peer = normalizeAddress(socketAddress);
  if (!peer) return null;
  const header = Array.isArray(forwardedFor) ? forwardedFor.join(",") : (forwardedFor ?? "");
  const chain = header.split(",").map((s) => s.trim()).filter(Boolean).slice(-20);
  if (trusted.hops > 0) {
    // The last `hops` entries were written by our own proxies; the one before them is the client.
    const candidate = chain.length >= trusted.hops ? normalizeAddress(chain[chain.length - trusted.hops]) : null;
    return candidate ?? peer;
  }
  let current = peer;
  for (let i = chain.length - 1; i >= 0 && isTrusted(trusted, current); i--) {
    const next = normalizeAddress(chain[i]);
    if (!next) break;
    current = next;
  }
  return current;
}

/** Did this request reach us through one of our proxies (so its X-Forwarded-Proto/Host count)? */
export function fromTrustedProxy(socketAddress, trusted) {
  const peer = normalizeAddress(socketAddress);
  if (!peer) return false;
  return trusted.hops > 0 || isTrusted(trusted, peer);
}
