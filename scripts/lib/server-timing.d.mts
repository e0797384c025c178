import type { IncomingMessage, ServerResponse } from "node:http";
export function serverTimingHeader(marks: { name: string; ms: number }[], totalMs: number): string;
export function withServerTiming(req: IncomingMessage, res: ServerResponse, handle: () => void): void;
