import "server-only";
import { DEFAULT_METHOD_CONFIG, type MethodConfig } from "@/domain/method";

// A municipality may tune the method's product rules (Municipality.settings.method); only known
// numeric keys are taken, anything else falls back to the defaults.
export function methodConfigFor(settings: unknown): MethodConfig {
  const overrides = (settings as { method?: Record<string, unknown> } | null)?.method ?? {};
  const config: Record<string, unknown> = { ...DEFAULT_METHOD_CONFIG };
  for (const [key, value] of Object.entries(overrides)) {
    const current = config[key];
    if (typeof current === "number" && typeof value === "number" && Number.isFinite(value)) config[key] = value;
    else if (Array.isArray(current) && Array.isArray(value) && value.every((v) => typeof v === "number")) config[key] = value;
  }
  return config as unknown as MethodConfig;
}
