// Benchmark of the public pages an anonymous visitor opens, through HTTP:
// each answered as a visitor gets it (from the public page cache once it
// has been rendered) and rendered by Next for every request (the same page
// with a parameter the cache does not list, so it goes past the cache),
// against the static file from the same server in the same run.
import pg from "pg";
import { type HttpResult, measureHttp } from "./http.ts";

type Options = { requests: number; concurrency: number; warmup: number };

/** A bijeenkomst that is published and upcoming, and one with a published verslag, from the demo data. */
async function demoIds(dbUrl: string): Promise<{ upcoming: string; verslag: string }> {
  const client = new pg.Client({ connectionString: dbUrl });
  await client.connect();
  try {
    const upcoming = await client.query<{ id: string }>(
      `SELECT id FROM "Bijeenkomst" WHERE "publishedAt" IS NOT NULL AND "startsAt" > now() ORDER BY "startsAt" LIMIT 1`,
    );
    const verslag = await client.query<{ id: string }>(
      `SELECT v."bijeenkomstId" AS id FROM "Verslag" v JOIN "Bijeenkomst" b ON b.id = v."bijeenkomstId" WHERE b."publishedAt" IS NOT NULL AND EXISTS (SELECT 1 FROM "VerslagVersion" vv WHERE vv."verslagId" = v.id) LIMIT 1`,
    );
    return { upcoming: upcoming.rows[0].id, verslag: verslag.rows[0].id };
  } finally {
    await client.end();
  }
}

export async function benchPublicPages(
  baseUrl: string,
  dbUrl: string,
  stadsdeel: string,
  opts: Options,
): Promise<{ cached: HttpResult[]; rendered: HttpResult[] }> {
  const ids = await demoIds(dbUrl);
  const pages: [string, string][] = [
    ["home (city map)", "/"],
    ["stadsdeel page", `/stadsdelen/${stadsdeel}`],
    ["stadsdeelagenda", `/stadsdelen/${stadsdeel}/agenda`],
    ["bijeenkomsten list", "/bijeenkomsten"],
    ["bijeenkomst (seats left, form)", `/bijeenkomsten/${ids.upcoming}`],
    ["verslag", `/verslagen/${ids.verslag}`],
    ["stadsdeelagenda iCal feed", `/stadsdelen/${stadsdeel}/agenda.ics`],
  ];
  const cached: HttpResult[] = [];
  const rendered: HttpResult[] = [];
  for (const [label, path] of pages) {
    cached.push(await measureHttp(baseUrl, label, path, opts));
    rendered.push(
      await measureHttp(baseUrl, `${label}, rendered`, `${path}${path.includes("?") ? "&" : "?"}bench=render`, {
        ...opts,
        requests: Math.min(opts.requests, 200),
      }),
    );
  }
  return { cached, rendered };
}
