// `npm run bench:seed -- --inbreng 1000000 --participants 200000 [--registrations N]
//   [--meldingen N] [--bijeenkomsten N] [--seed N]`
// Fills a database with a large synthetic data set for benchmarks, on top of
// the Maastricht areas and catalogues (loaded first when the database is
// empty). Rows stream in through PostgreSQL COPY, so a million rows take
// seconds, not hours (secondary indexes are dropped for the load and built
// again after it); the dashboard rollups are rebuilt at the end (their change triggers
// are off during the load).
// Deterministic for a given seed. Bench rows are recognisable: ids start
// with "bench-".
import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import pg from "pg";
import { from as copyFrom } from "pg-copy-streams";
import * as cat from "../lib/demo/catalog.ts";
import { generateDemo } from "../lib/demo/generate-demo.ts";
import { createRandom, type Random } from "../lib/demo/random.ts";
import { type AreaGeometry, randomPointIn } from "../lib/geo/geometry.ts";
import { createPrismaClient } from "../lib/prisma-client.ts";
import { migrateDeploy, openDatabase } from "./db/database.ts";
import { ANALYZE_DASHBOARD_ROLLUPS } from "../lib/jobs/refresh-dashboard-rollups.ts";

function arg(name: string, fallback: number): number {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? Number(process.argv[i + 1]) : fallback;
}
const participants = arg("participants", 200_000);
const inbreng = arg("inbreng", 1_000_000);
const registrations = arg("registrations", Math.min(participants * 4, 2_000_000));
const meldingen = arg("meldingen", Math.round(inbreng / 10));
const bijeenkomsten = arg("bijeenkomsten", Math.max(100, Math.round(registrations / 40)));
const seed = arg("seed", 7);

const DAY = 86_400_000;
const esc = (v: string) => v.replace(/\\/g, "\\\\").replace(/\t/g, "\\t").replace(/\n/g, "\\n");
const cell = (v: unknown) => (v === null || v === undefined ? "\\N" : v instanceof Date ? v.toISOString() : esc(String(v)));

/** Streams `count` generated rows into `table` with COPY … FROM STDIN. */
async function copyRows(client: pg.PoolClient, table: string, columns: string[], count: number, row: (i: number) => unknown[]): Promise<number> {
  const t = performance.now();
  let i = 0;
  const source = new Readable({
    read() {
      const lines: string[] = [];
      for (let n = 0; n < 5000 && i < count; n++, i++) lines.push(row(i).map(cell).join("\t"));
      this.push(lines.length ? lines.join("\n") + "\n" : null);
    },
  });
  const sink = client.query(copyFrom(`COPY "${table}" (${columns.map((c) => `"${c}"`).join(", ")}) FROM STDIN`));
  await pipeline(source, sink);
  const s = (performance.now() - t) / 1000;
  console.log(
    `  ${table.padEnd(14)} ${count.toLocaleString("en").padStart(11)} rows in ${s.toFixed(1).padStart(6)} s  (${Math.round(count / Math.max(s, 0.001)).toLocaleString("en")} rows/s)`,
  );
  return s;
}

class RefusedError extends Error {}

const db = await openDatabase();
const pool = new pg.Pool({ connectionString: db.url, max: 2 });
let exitCode = 0;
try {
  await migrateDeploy(db.url);
  const prisma = createPrismaClient(db.url, { max: 2 });
  if ((await prisma.stadsdeel.count()) === 0) {
    console.log("empty database: loading the Maastricht areas, catalogues and demo data first");
    await generateDemo(prisma);
  } else if (!(await prisma.auditEvent.findFirst({ where: { action: "demo.seed" } })) && !process.argv.includes("--force")) {
    // a municipality's own data: synthetic rows would mix with real ones
    await prisma.$disconnect();
    throw new RefusedError(
      "Deze database bevat gegevens die geen demo zijn; bench:seed voegt daar niets aan toe (gebruik --force als dat echt de bedoeling is).",
    );
  }
  await prisma.$disconnect();
  const rnd: Random = createRandom(seed);
  const client = await pool.connect();
  try {
    const q = async <T extends pg.QueryResultRow>(sql: string) => (await client.query<T>(sql)).rows;
    const stadsdelen = await q<{ id: string }>(`SELECT id FROM "Stadsdeel" ORDER BY name`);
    const buurten = await q<{ id: string; stadsdeelId: string; geometry: AreaGeometry }>(`SELECT id, "stadsdeelId", geometry FROM "Buurt" ORDER BY code`);
    const themes = await q<{ id: string; slug: string; defaultDepartmentId: string }>(
      `SELECT id, slug, "defaultDepartmentId" FROM "Theme" ORDER BY "sortOrder"`,
    );
    const categories = await q<{ id: string; defaultDepartmentId: string; defaultDueDays: number }>(
      `SELECT id, "defaultDepartmentId", "defaultDueDays" FROM "MeldingCategory" ORDER BY slug`,
    );
    const tag =
      (await q<{ n: string }>(`SELECT count(*)::text AS n FROM "Participant" WHERE id LIKE 'bench-%'`))[0].n === "0" ? "" : `${Date.now().toString(36)}-`;
    // Zero-padded ids grow in index order, so the primary keys are appended to, not split all over.
    const id = (kind: string, i: number) => `bench-${tag}${kind}${String(i).padStart(9, "0")}`;
    // A pool of points per buurt, inside the buurt, reused round-robin.
    const points = new Map(buurten.map((b) => [b.id, Array.from({ length: 64 }, () => randomPointIn(b.geometry, rnd.next))]));
    const buurtenBySd = new Map(stadsdelen.map((s) => [s.id, buurten.filter((b) => b.stadsdeelId === s.id)]));
    const now = Date.now();
    const threeYears = 3 * 365 * DAY;

    console.log(`bench:seed (seed ${seed}) into ${db.embedded ? "the embedded PostgreSQL" : "DATABASE_URL"}:`);
    const t0 = performance.now();
    await client.query("BEGIN");
    // Bulk load: the secondary indexes of the five tables go during COPY and are built again after it
    // (one sort per index instead of millions of random inserts). Constraint indexes (primary keys) stay.
    const loaded = ["Participant", "Bijeenkomst", "Registration", "Inbreng", "Melding"];
    const indexes = await client.query<{ name: string; def: string }>(
      `SELECT indexname AS name, indexdef AS def FROM pg_indexes WHERE schemaname = current_schema() AND tablename = ANY($1)
         AND indexname NOT IN (SELECT conname FROM pg_constraint)`,
      [loaded],
    );
    for (const ix of indexes.rows) await client.query(`DROP INDEX "${ix.name}"`);
    // The dashboard's change triggers stay quiet during the load: the rollups are rebuilt whole after it.
    for (const t of loaded) await client.query(`ALTER TABLE "${t}" DISABLE TRIGGER USER`);
    const ageBands = ["AGE_15_24", "AGE_25_44", "AGE_45_64", "AGE_65_PLUS", null];
    await copyRows(
      client,
      "Participant",
      ["id", "name", "email", "buurtId", "ageBand", "inPool", "createdAt", "updatedAt", "lastActiveAt"],
      participants,
      (i) => {
        const created = new Date(now - rnd.next() * threeYears);
        return [
          id("p", i),
          `Bench Deelnemer ${i}`,
          `bench-${tag}${i}@voorbeeld.nl`,
          rnd.pick(buurten).id,
          rnd.pick(ageBands),
          rnd.chance(0.3),
          created,
          created,
          created,
        ];
      },
    );
    const meetingStart: Date[] = [];
    const meetingSd: string[] = [];
    await copyRows(
      client,
      "Bijeenkomst",
      ["id", "kind", "title", "stadsdeelId", "startsAt", "endsAt", "locationName", "address", "capacity", "status", "createdAt", "updatedAt"],
      bijeenkomsten,
      (i) => {
        const sd = stadsdelen[i % stadsdelen.length].id;
        const startsAt = new Date(now - threeYears + (i / bijeenkomsten) * (threeYears + 60 * DAY));
        meetingStart[i] = startsAt;
        meetingSd[i] = sd;
        return [
          id("b", i),
          i % 3 ? "WIJKGESPREK" : "STADSDEELAVOND",
          `Bench-bijeenkomst ${i}`,
          sd,
          startsAt,
          new Date(startsAt.getTime() + 9e6),
          "Bench-locatie",
          "Benchstraat 1, Maastricht",
          60,
          startsAt.getTime() < now ? "HELD" : "PLANNED",
          startsAt,
          startsAt,
        ];
      },
    );
    const perMeeting = Math.ceil(registrations / bijeenkomsten);
    const statuses = ["ATTENDED", "ATTENDED", "ATTENDED", "NO_SHOW", "CANCELLED", "CONFIRMED", "WAITLISTED"];
    await copyRows(client, "Registration", ["id", "participantId", "bijeenkomstId", "status", "partySize", "createdAt", "updatedAt"], registrations, (k) => {
      const b = k % bijeenkomsten;
      const j = Math.floor(k / bijeenkomsten) % participants; // distinct per meeting while perMeeting ≤ participants
      const p = (b * 1009 + j) % participants;
      const created = new Date(meetingStart[b].getTime() - 10 * DAY);
      const status = meetingStart[b].getTime() < now ? rnd.pick(statuses.slice(0, 5)) : rnd.pick(statuses.slice(4));
      return [id("r", k), id("p", p), id("b", b), status, 1, created, created];
    });
    if (perMeeting > participants) console.warn("  (more registrations per meeting than participants: lower --registrations)");
    const kinds = ["GAAT_GOED", "KAN_BETER", "KAN_BETER", "IDEE", "VRAAG"];
    const follow = ["OPEN", "OPEN", "AFGEROND", "MELDING", "AGENDA", "NIET_OPGEPAKT", "IN_BEHANDELING"];
    await copyRows(
      client,
      "Inbreng",
      ["id", "kind", "themeId", "text", "lat", "lng", "buurtId", "bijeenkomstId", "followUpStatus", "createdAt", "updatedAt"],
      inbreng,
      (i) => {
        const b = rnd.int(0, bijeenkomsten - 1);
        const buurt = rnd.pick(buurtenBySd.get(meetingSd[b])!);
        const [lng, lat] = points.get(buurt.id)![i % 64];
        const theme = rnd.pick(themes);
        const text = rnd.pick(cat.inbrengTexts[theme.slug] ?? cat.inbrengTexts.overig)[1];
        const created = new Date(meetingStart[b].getTime() + 3 * 3600_000);
        return [id("i", i), rnd.pick(kinds), theme.id, text, lat, lng, buurt.id, id("b", b), rnd.pick(follow), created, created];
      },
    );
    // Like real meldingen: most are closed within weeks (a skewed time to
    // close), a few stay open for long; recent ones are more often open.
    const open = ["NIEUW", "DOORGEZET", "IN_BEHANDELING"];
    // Where they come from, as in a city with Signalen: most from Signalen, some from the portal, a few from an older system (CSV).
    await copyRows(
      client,
      "Melding",
      [
        "id",
        "categoryId",
        "themeId",
        "departmentId",
        "description",
        "lat",
        "lng",
        "buurtId",
        "stadsdeelId",
        "status",
        "dueAt",
        "publicAnswer",
        "closedAt",
        "createdAt",
        "updatedAt",
        "origin",
        "externalId",
      ],
      meldingen,
      (i) => {
        const c = rnd.pick(categories);
        const buurt = rnd.pick(buurten);
        const [lng, lat] = points.get(buurt.id)![i % 64];
        // in order of creation, as a live system stores them (a month's meldingen lie together on disk)
        const created = new Date(now - threeYears * (1 - (i + rnd.next()) / meldingen));
        const daysToClose = Math.ceil(-Math.log(1 - rnd.next()) * (c.defaultDueDays / 2)) + rnd.int(0, 2);
        const closedAt = created.getTime() + daysToClose * DAY + rnd.int(0, 8) * 3600_000;
        const closed = closedAt < now && !rnd.chance(0.01);
        const status = closed ? (rnd.chance(0.9) ? "AFGEHANDELD" : "AFGEWEZEN") : rnd.pick(open);
        return [
          id("m", i),
          c.id,
          rnd.chance(0.8) ? rnd.pick(themes).id : null,
          c.defaultDepartmentId,
          "Bench-melding",
          lat,
          lng,
          buurt.id,
          buurt.stadsdeelId,
          status,
          new Date(created.getTime() + c.defaultDueDays * DAY),
          closed ? "Afgehandeld (bench)" : null,
          closed ? new Date(closedAt) : null,
          created,
          created,
          ...(i % 20 < 14 ? ["SIGNALEN", String(i)] : i % 20 < 19 ? ["PORTAAL", null] : ["CSV", `csv-${i}`]),
        ];
      },
    );
    const ti = performance.now();
    await client.query("SET maintenance_work_mem = '512MB'");
    for (const ix of indexes.rows) await client.query(ix.def);
    for (const t of loaded) await client.query(`ALTER TABLE "${t}" ENABLE TRIGGER USER`);
    console.log(`  ${indexes.rows.length} indexes built again in ${((performance.now() - ti) / 1000).toFixed(1)} s`);
    await client.query("COMMIT");
    const t1 = performance.now();
    await client.query("ANALYZE");
    const t2 = performance.now();
    await client.query("SELECT rebuild_dashboard_rollups()");
    await client.query(ANALYZE_DASHBOARD_ROLLUPS);
    const t3 = performance.now();
    const total = participants + bijeenkomsten + registrations + inbreng + meldingen;
    console.log(
      `  loaded ${total.toLocaleString("en")} rows in ${((t1 - t0) / 1000).toFixed(1)} s (${Math.round(total / ((t1 - t0) / 1000)).toLocaleString("en")} rows/s, indexes included); ANALYZE ${((t2 - t1) / 1000).toFixed(1)} s; dashboard rollups rebuilt in ${((t3 - t2) / 1000).toFixed(1)} s`,
    );
  } catch (error) {
    await client.query("ROLLBACK").catch(() => {});
    throw error;
  } finally {
    client.release();
  }
} catch (error) {
  console.error(error instanceof RefusedError ? error.message : error);
  exitCode = 1;
} finally {
  await pool.end();
  await db.stop();
}
process.exit(exitCode);
