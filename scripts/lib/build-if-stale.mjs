// Builds the Next.js app when there is no build yet or a source file is newer than the last one.
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import path from "node:path";

function newestMtime(dir) {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.name === "generated" || entry.name.startsWith(".")) continue;
    const p = path.join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(p) : statSync(p).mtimeMs);
  }
  return newest;
}

/** `typeCheck: false` for `npm start`: a build to run the app skips TypeScript's check (tests and CI keep it). */
export function buildIfStale(env, { typeCheck = true } = {}) {
  const buildId = path.join(".next", "BUILD_ID");
  const inputs = ["package-lock.json", "next.config.ts", "prisma/schema.prisma"].filter((f) => existsSync(f));
  const stale = () => Math.max(newestMtime("src"), ...inputs.map((f) => statSync(f).mtimeMs)) > statSync(buildId).mtimeMs;
  if (existsSync(buildId) && !stale()) return;
  console.log("[forældrestøtte] building the app (first start or changed sources) …");
  const build = spawnSync("npx", ["next", "build"], { stdio: "inherit", env: { ...env, NEXT_TELEMETRY_DISABLED: "1", FS_BUILD_WITHOUT_TYPECHECK: typeCheck ? "0" : "1" } });
  if (build.status !== 0) process.exit(build.status ?? 1);
}
