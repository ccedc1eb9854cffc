// CLI: npm run seed — loads the deterministic Maastricht demo data into an
// empty database (refuses when the database already has areas: demo data
// never mixes with a municipality's own).
import { generateDemo } from "../lib/demo/generate-demo.ts";
import { runWithDatabase } from "./db/database.ts";

await runWithDatabase(async (prisma) => {
  if ((await prisma.stadsdeel.count()) > 0) {
    console.error("De database bevat al gegevens; demo-gegevens worden alleen in een lege database geladen.");
    return 1;
  }
  const anchor = process.env.DEMO_ANCHOR_DATE ? new Date(process.env.DEMO_ANCHOR_DATE) : undefined;
  const t = performance.now();
  const summary = await generateDemo(prisma, { anchor });
  console.log(`Demo-gegevens geladen in ${((performance.now() - t) / 1000).toFixed(1)} s:`, summary);
  return 0;
});
