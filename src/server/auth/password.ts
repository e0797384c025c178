import { hash, verify } from "@node-rs/argon2";

// OWASP's argon2id minimum: 19 MiB, 2 iterations, 1 lane. Algorithm 2 = argon2id.
const OPTIONS = { algorithm: 2, memoryCost: 19456, timeCost: 2, parallelism: 1 } as const;

export function hashPassword(plain: string): Promise<string> {
  return hash(plain, OPTIONS);
}

export async function verifyPassword(storedHash: string | null, plain: string): Promise<boolean> {
  // Verify against a fixed hash when the user has none, so a missing account costs the same time.
  const target = storedHash ?? DUMMY_HASH;
  const ok = await verify(target, plain).catch(() => false);
  return ok && storedHash !== null;
}

const DUMMY_HASH = "$argon2id$v=19$m=19456,t=2,p=1$AiOMDyS7ypNGBusHiNwhtA$aD8JLcLifn5twZZrhSEmmoAP0N4xCNxE0RlABTA7ocM";
