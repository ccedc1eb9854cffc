// CLI: npm run import:population -- <file.csv> [--year 2024]
// Loads CBS population figures per buurt (buurtcode, inwoners, age bands).
import { readFile } from "node:fs/promises";
import { importPopulation } from "../lib/import/import-population.ts";
import { formatIssue } from "../lib/import/issues.ts";
import { runWithDatabase } from "./db/database.ts";

const args = process.argv.slice(2);
const yearAt = args.indexOf("--year");
const year = yearAt >= 0 ? Number(args[yearAt + 1]) : new Date().getFullYear() - 1;
const file = args.find((a, i) => !a.startsWith("--") && i !== yearAt + 1);
if (!file) {
  console.error("Gebruik: npm run import:population -- <bestand.csv> [--year 2024]");
  process.exit(2);
}
await runWithDatabase(async (prisma) => {
  const result = await importPopulation(prisma, await readFile(file, "utf8"), year);
  if (!result.ok) {
    console.error(`${file} is niet geïmporteerd; er is niets gewijzigd. Problemen:`);
    for (const issue of result.issues) console.error(`  - ${formatIssue(issue, "rij")}`);
    return 1;
  }
  console.log(`Bevolkingscijfers ${result.year} geïmporteerd: ${result.buurten} buurten, ${result.figures} cijfers.`);
  return 0;
});
