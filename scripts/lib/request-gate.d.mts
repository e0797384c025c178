import type { IncomingMessage, ServerResponse } from "node:http";
import type { TrustedProxies } from "./client-address.mjs";
export const CLIENT_IP_HEADER: string;
export const CLIENT_IP_TOKEN_HEADER: string;
export function urlProblem(url: string | undefined): "bad" | null;
export function foreignActionOrigin(req: IncomingMessage, trustedHop: boolean, allowed: string[]): boolean;
export function createGate(options: { root: string; trusted: TrustedProxies; token: string; allowedOrigins: string[] }): (req: IncomingMessage, res: ServerResponse) => boolean;
export function badActionIsBadRequest(req: IncomingMessage, res: ServerResponse): void;
