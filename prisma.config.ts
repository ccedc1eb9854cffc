// Prisma CLI configuration. Selects the offline schema engine stand-in in
// prisma/engine/ so migrations never download a native engine.
import path from "node:path";
import { defineConfig } from "prisma/config";

process.env.PRISMA_SCHEMA_ENGINE_BINARY ??= path.join(import.meta.dirname, "prisma", "engine", "schema-engine.mjs");

export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
  datasource: {
    url: process.env.DATABASE_URL ?? "postgresql://postgres:postgres@localhost:5432/stadsdeelportaal",
    shadowDatabaseUrl: process.env.SHADOW_DATABASE_URL,
  },
});
