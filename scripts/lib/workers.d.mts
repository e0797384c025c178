export function workerCount(env: Record<string, string | undefined>, cores: number): { count: number; reason: string };
