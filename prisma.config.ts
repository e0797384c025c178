// Prisma CLI settings. The schema engine runs as WebAssembly through a driver adapter, so the CLI
// downloads nothing (see ../shared/notes/toolchain.md). The app itself migrates with
// src/server/db/migrate.ts; this file serves `prisma generate` and `prisma migrate diff`.
import path from "node:path";
import { defineConfig } from "prisma/config";

process.env.PRISMA_SCHEMA_URL ??= "postgresql://unused@localhost/unused";

export default defineConfig({
  experimental: { adapter: true },
  engine: "js",
  schema: path.join("prisma", "schema.prisma"),
  async adapter() {
    const { PGlite } = await import("@electric-sql/pglite");
    const { PrismaPGlite } = await import("pglite-prisma-adapter");
    const { PrismaPg } = await import("@prisma/adapter-pg");
    // pglite-prisma-adapter carries its own copy of the adapter types; at run time they agree.
    return new PrismaPGlite(new PGlite()) as unknown as InstanceType<typeof PrismaPg>;
  },
});
