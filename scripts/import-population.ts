// CLI: npm run import:population -- <file.csv> [--year 2024]
// Loads CBS population figures per buurt (buurtcode, inwoners, age bands).
import { readFile } from "node:fs/promises";
import { importPopulation } from "../lib/import/import-population.ts";
import { formatIssue } from "../lib/import/issues.ts";
import { createPrismaClient } from "../lib/prisma-client.ts";
import { migrateDeploy, openDatabase } from "./db/database.ts";

const args = process.argv.slice(2);
const file = args.find((a) => !a.startsWith("--") && args[args.indexOf(a) - 1] !== "--year");
const yearArg = args.includes("--year") ? Number(args[args.indexOf("--year") + 1]) : new Date().getFullYear() - 1;
if (!file) {
  console.error("Gebruik: npm run import:population -- <bestand.csv> [--year 2024]");
  process.exit(2);
}
const db = await openDatabase();
let exitCode = 0;
try {
  await migrateDeploy(db.url);
  const prisma = createPrismaClient(db.url);
  const result = await importPopulation(prisma, await readFile(file, "utf8"), yearArg);
  await prisma.$disconnect();
  if (!result.ok) {
    console.error(`${file} is niet geïmporteerd; er is niets gewijzigd. Problemen:`);
    for (const issue of result.issues) console.error(`  - ${formatIssue(issue, "rij")}`);
    exitCode = 1;
  } else {
    console.log(`Bevolkingscijfers ${result.year} geïmporteerd: ${result.buurten} buurten, ${result.figures} cijfers.`);
  }
} finally {
  await db.stop();
}
process.exit(exitCode);
