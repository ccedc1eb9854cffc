// CLI: npm run import:areas -- <file.geojson>
// Loads CBS buurten with their stadsdeel — the file is the whole indeling,
// buurten missing from it are removed unless data refers to them; prints
// what changed or, for a bad file, every problem (and changes nothing).
import { readFile } from "node:fs/promises";
import { importAreas } from "../lib/import/import-areas.ts";
import { formatIssue } from "../lib/import/issues.ts";
import { runWithDatabase } from "./db/database.ts";

const file = process.argv[2];
if (!file) {
  console.error("Gebruik: npm run import:areas -- <bestand.geojson>");
  process.exit(2);
}
await runWithDatabase(async (prisma) => {
  const result = await importAreas(prisma, await readFile(file, "utf8"), file);
  if (!result.ok) {
    console.error(`${file} is niet geïmporteerd; er is niets gewijzigd. Problemen:`);
    for (const issue of result.issues) console.error(`  - ${formatIssue(issue, "feature")}`);
    return 1;
  }
  const { stadsdelen, wijken, buurten } = result.summary;
  console.log(`Gebiedsindeling geïmporteerd uit ${file}:`);
  console.log(`  stadsdelen: ${stadsdelen.total} (${stadsdelen.created} nieuw, ${stadsdelen.removed} verwijderd)`);
  console.log(`  wijken:     ${wijken.total} (${wijken.created} nieuw, ${wijken.updated} gewijzigd, ${wijken.removed} verwijderd)`);
  console.log(
    `  buurten:    ${buurten.total} (${buurten.created} nieuw, ${buurten.updated} gewijzigd, ${buurten.unchanged} ongewijzigd, ${buurten.removed} verwijderd)`,
  );
  return 0;
});
