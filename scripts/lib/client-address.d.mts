export interface TrustedProxies { hops: number; list: import("node:net").BlockList | null }
export function normalizeAddress(address: unknown): string | null;
export function parseTrustedProxies(value: string | undefined): TrustedProxies;
export function clientAddress(socketAddress: string | undefined, forwardedFor: string | string[] | undefined, trusted: TrustedProxies): string | null;
export function fromTrustedProxy(socketAddress: string | undefined, trusted: TrustedProxies): boolean;
