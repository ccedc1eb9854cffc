// Starts one embedded PostgreSQL for the whole vitest run, migrates a
// template database with the real Prisma CLI (offline engine), and builds a
// second template with the demo data. Test files copy a template per file.
import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import type { TestProject } from "vitest/node";
import { migrateDeploy, ensureDatabaseExists } from "../../scripts/db/database.ts";
import { startEmbeddedPostgres } from "../../scripts/db/embedded-postgres.ts";
import { generateDemo } from "../../lib/demo/generate-demo.ts";
import { createPrismaClient } from "../../lib/prisma-client.ts";
import { TEST_DEMO_ANCHOR } from "./constants.ts";

declare module "vitest" {
  export interface ProvidedContext {
    pgBaseUrl: string;
  }
}

export default async function setup(project: TestProject) {
  const dir = await mkdtemp(path.join(os.tmpdir(), "sdp-vitest-"));
  const server = await startEmbeddedPostgres({ dataDir: path.join(dir, "pg") });
  const migrated = server.url("sdp_template");
  await ensureDatabaseExists(migrated);
  await migrateDeploy(migrated);

  const demo = server.url("sdp_template_demo");
  const admin = createPrismaClient(server.url("postgres"), { max: 1 });
  await admin.$executeRawUnsafe(`CREATE DATABASE sdp_template_demo TEMPLATE sdp_template`);
  await admin.$disconnect();
  const prisma = createPrismaClient(demo, { max: 2 });
  await generateDemo(prisma, { anchor: TEST_DEMO_ANCHOR });
  await prisma.$disconnect();

  project.provide("pgBaseUrl", server.url("postgres"));
  return async () => {
    await server.stop();
    await rm(dir, { recursive: true, force: true });
  };
}
