// Benchmarks of the map-input issue: a public stadsdeel page with 10,000
// inbreng (server time, and in Chromium the time until all markers or
// clusters are drawn), and saving one inbreng (the server action's own
// time, against a raw INSERT of the same row as the baseline).
import { existsSync } from "node:fs";
import pg from "pg";
import { chromium } from "playwright-core";
import { createInbrengAction } from "../../lib/actions/inbreng/create-inbreng.ts";
import type { SessionUser } from "../../lib/auth/permissions.ts";
import { createRandom } from "../../lib/demo/random.ts";
import { type AreaGeometry, randomPointIn } from "../../lib/geo/geometry.ts";
import { createPrismaClient } from "../../lib/prisma-client.ts";
import { percentile } from "./http.ts";

export const BENCH_STADSDEEL = "noord-west";

/** Adds `count` inbreng to the past bijeenkomsten of one stadsdeel, points inside their buurten. */
export async function seedInbreng(url: string, count: number): Promise<number> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const rnd = createRandom(42);
    const { rows: buurten } = await client.query<{ id: string; geometry: AreaGeometry }>(
      `SELECT b.id, b.geometry FROM "Buurt" b JOIN "Stadsdeel" s ON s.id = b."stadsdeelId" WHERE s.slug = $1`,
      [BENCH_STADSDEEL],
    );
    const { rows: meetings } = await client.query<{ id: string }>(
      `SELECT b.id FROM "Bijeenkomst" b JOIN "Stadsdeel" s ON s.id = b."stadsdeelId" WHERE s.slug = $1 AND b."startsAt" < now() AND b.status <> 'CANCELLED'`,
      [BENCH_STADSDEEL],
    );
    const { rows: themes } = await client.query<{ id: string }>(`SELECT id FROM "Theme"`);
    const kinds = ["GAAT_GOED", "KAN_BETER", "IDEE", "VRAAG"];
    const statuses = ["OPEN", "AFGEROND", "MELDING", "NIET_OPGEPAKT"];
    const t = performance.now();
    for (let done = 0; done < count; done += 1000) {
      const values: unknown[] = [];
      const tuples: string[] = [];
      for (let i = 0; i < Math.min(1000, count - done); i++) {
        const b = rnd.pick(buurten);
        const [lng, lat] = randomPointIn(b.geometry, rnd.next);
        const status = rnd.pick(statuses);
        const o = values.length;
        tuples.push(
          `($${o + 1}, $${o + 2}::"InbrengKind", $${o + 3}, $${o + 4}, $${o + 5}, $${o + 6}, $${o + 7}, $${o + 8}, $${o + 9}::"FollowUpStatus", $${o + 10}, now())`,
        );
        values.push(
          `bench-inbreng-${done + i}`,
          rnd.pick(kinds),
          rnd.pick(themes).id,
          `Bench-inbreng ${done + i}`,
          lat,
          lng,
          b.id,
          rnd.pick(meetings).id,
          status,
          status === "OPEN" ? null : "Antwoord van de gemeente (bench)",
        );
      }
      await client.query(
        `INSERT INTO "Inbreng" (id, kind, "themeId", text, lat, lng, "buurtId", "bijeenkomstId", "followUpStatus", "publicAnswer", "updatedAt") VALUES ${tuples.join(",")}`,
        values,
      );
    }
    await client.query(`ANALYZE "Inbreng"`);
    const { rows } = await client.query<{ n: string }>(
      `SELECT count(*)::text AS n FROM "Inbreng" i JOIN "Bijeenkomst" b ON b.id = i."bijeenkomstId" JOIN "Stadsdeel" s ON s.id = b."stadsdeelId" WHERE s.slug = $1`,
      [BENCH_STADSDEEL],
    );
    console.log(`seeded ${count} inbreng in ${((performance.now() - t) / 1000).toFixed(1)} s; ${rows[0].n} inbreng in ${BENCH_STADSDEEL} now`);
    return Number(rows[0].n);
  } finally {
    await client.end();
  }
}

/**
 * In Chromium: navigation start → the map's markers/clusters drawn on the
 * public stadsdeel page (with `query`, e.g. a filter that leaves no points),
 * on the page's own clock: a MutationObserver notes `performance.now()` when
 * the map marks itself drawn. (Timing `waitForSelector` from here would add
 * Playwright's polling — its checks back off to every 500 ms — and round
 * trips, about 0.3 s that no visitor waits for; that figure is returned too.)
 */
export async function measureMapDrawn(baseUrl: string, runs: number, query = "") {
  const executablePath = process.env.CHROMIUM_PATH ?? (existsSync("/usr/bin/chromium") ? "/usr/bin/chromium" : undefined);
  const browser = await chromium.launch({
    executablePath,
    args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
  });
  const times: number[] = [];
  const outside: number[] = [];
  let points = 0;
  try {
    for (let i = 0; i < runs + 1; i++) {
      const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
      await context.addInitScript(() => {
        new MutationObserver((_, observer) => {
          if (!document.querySelector(".public-inbreng-map[data-drawn]")) return;
          (window as unknown as { __drawnAt: number }).__drawnAt = performance.now();
          observer.disconnect();
        }).observe(document, { subtree: true, attributes: true, attributeFilter: ["data-drawn"] });
      });
      const page = await context.newPage();
      await page.route(/service\.pdok\.nl/, (r) => r.abort()); // offline: no tiles, as on these machines
      const t = performance.now();
      await page.goto(`${baseUrl}/stadsdelen/${BENCH_STADSDEEL}${query}`, { waitUntil: "commit" });
      const drawn = await page.waitForSelector(".public-inbreng-map[data-drawn]", { timeout: 30_000 });
      const elapsed = performance.now() - t;
      const inPage = await page.evaluate(() => (window as unknown as { __drawnAt: number }).__drawnAt);
      points = Number(await drawn.getAttribute("data-drawn"));
      if (i > 0) {
        // the first run warms the server's caches
        times.push(inPage);
        outside.push(elapsed);
      }
      await context.close();
    }
  } finally {
    await browser.close();
  }
  times.sort((a, b) => a - b);
  outside.sort((a, b) => a - b);
  return {
    runs,
    points,
    p50: percentile(times, 50),
    p95: percentile(times, 95),
    outsideP50: percentile(outside, 50),
    outsideP95: percentile(outside, 95),
  };
}

/** The createInbreng server action's own time vs a raw INSERT, both into the same database. */
export async function measureSave(url: string, runs: number) {
  const prisma = createPrismaClient(url, { max: 2 });
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const u = await prisma.user.findUniqueOrThrow({ where: { email: `regisseur.${BENCH_STADSDEEL}@demo.example` }, include: { stadsdelen: true } });
    const user: SessionUser = {
      id: u.id,
      email: u.email,
      name: u.name,
      role: u.role,
      departmentId: null,
      stadsdeelIds: u.stadsdelen.map((s) => s.stadsdeelId),
      wethouderStadsdeelId: null,
      organisationId: null,
    };
    const b = await prisma.bijeenkomst.findFirstOrThrow({
      where: { stadsdeelId: user.stadsdeelIds[0], status: { not: "CANCELLED" } },
      include: { tafels: true },
    });
    const buurt = await prisma.buurt.findFirstOrThrow({ where: { stadsdeelId: user.stadsdeelIds[0] } });
    const theme = await prisma.theme.findFirstOrThrow();
    const rnd = createRandom(7);
    const action: number[] = [];
    const raw: number[] = [];
    for (let i = 0; i < runs + 10; i++) {
      const [lng, lat] = randomPointIn(buurt.geometry as unknown as AreaGeometry, rnd.next);
      let t = performance.now();
      const result = await createInbrengAction.run(
        user,
        { bijeenkomstId: b.id, kind: "KAN_BETER", themeId: theme.id, text: `Bench-opslaan ${i}`, tafelId: b.tafels[0]?.id ?? "", lat, lng },
        prisma,
      );
      if (!result.ok) throw new Error(`save failed: ${result.error}`);
      if (i >= 10) action.push(performance.now() - t);
      t = performance.now();
      await client.query(
        `INSERT INTO "Inbreng" (id, kind, "themeId", text, lat, lng, "buurtId", "bijeenkomstId", "updatedAt") VALUES ($1, 'KAN_BETER', $2, $3, $4, $5, $6, $7, now())`,
        [`bench-raw-${i}-${Date.now()}`, theme.id, `Bench-raw ${i}`, lat, lng, buurt.id, b.id],
      );
      if (i >= 10) raw.push(performance.now() - t);
    }
    action.sort((a, c) => a - c);
    raw.sort((a, c) => a - c);
    return {
      runs,
      action: { p50: percentile(action, 50), p95: percentile(action, 95) },
      raw: { p50: percentile(raw, 50), p95: percentile(raw, 95) },
    };
  } finally {
    await client.end();
    await prisma.$disconnect();
  }
}
