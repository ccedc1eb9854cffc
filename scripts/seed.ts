// CLI: npm run seed — loads the deterministic Maastricht demo data into an
// empty database (refuses when the database already has areas).
import { generateDemo } from "../lib/demo/generate-demo.ts";
import { createPrismaClient } from "../lib/prisma-client.ts";
import { migrateDeploy, openDatabase } from "./db/database.ts";

const db = await openDatabase();
let exitCode = 0;
try {
  await migrateDeploy(db.url);
  const prisma = createPrismaClient(db.url);
  if ((await prisma.stadsdeel.count()) > 0) {
    console.error("De database bevat al gegevens; demo-gegevens worden alleen in een lege database geladen.");
    exitCode = 1;
  } else {
    const anchor = process.env.DEMO_ANCHOR_DATE ? new Date(process.env.DEMO_ANCHOR_DATE) : undefined;
    const t = performance.now();
    const summary = await generateDemo(prisma, { anchor });
    console.log(`Demo-gegevens geladen in ${((performance.now() - t) / 1000).toFixed(1)} s:`, summary);
  }
  await prisma.$disconnect();
} finally {
  await db.stop();
}
process.exit(exitCode);
