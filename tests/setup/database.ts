// Per-test-file databases: a fresh copy of the migrated (or demo) template,
// created in milliseconds with CREATE DATABASE … TEMPLATE, dropped afterwards.
import { randomUUID } from "node:crypto";
import pg from "pg";
import { afterAll, inject } from "vitest";
import { createPrismaClient, type PrismaClient } from "../../lib/prisma-client.ts";

export type TestDatabase = { url: string; prisma: PrismaClient; name: string };

export function databaseUrl(name: string): string {
  const u = new URL(inject("pgBaseUrl"));
  u.pathname = `/${name}`;
  return u.toString();
}

export async function adminQuery(sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: inject("pgBaseUrl") });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

/** A fresh database for this test file; dropped when the file is done. */
export async function createTestDatabase(template: "empty" | "migrated" | "demo" = "migrated"): Promise<TestDatabase> {
  const name = `sdp_test_${randomUUID().replaceAll("-", "").slice(0, 16)}`;
  const source = template === "demo" ? "sdp_template_demo" : template === "migrated" ? "sdp_template" : "template0";
  await adminQuery(`CREATE DATABASE ${name} TEMPLATE ${source}`);
  const url = databaseUrl(name);
  const prisma = createPrismaClient(url, { max: 4 });
  afterAll(async () => {
    await prisma.$disconnect();
    await adminQuery(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  });
  return { url, prisma, name };
}
