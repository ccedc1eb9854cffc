// The house rules that keep authorisation in the data layer: pages, layouts
// and route handlers never import the database client — they call
// lib/data functions that take the user and refuse or filter in the query.
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { describe, expect, it } from "vitest";

const root = path.resolve(import.meta.dirname, "../..");

async function files(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries.filter((e) => e.isFile() && /\.(ts|tsx)$/.test(e.name)).map((e) => path.join(e.parentPath, e.name));
}

describe("architecture", () => {
  it("no page, layout or route handler under app/ imports prisma", async () => {
    const offenders: string[] = [];
    for (const file of await files(path.join(root, "app"))) {
      const text = await readFile(file, "utf8");
      if (/from ["']@\/lib\/db["']|from ["']@\/lib\/prisma-client["']|@\/generated\/prisma\/client/.test(text)) offenders.push(path.relative(root, file));
    }
    expect(offenders).toEqual([]);
  });
});
