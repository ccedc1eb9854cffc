// Dashboard at national scale, for `npm run bench`: loads the scale set
// (10 M meldingen, 1 M inbreng, 500 k participants, 2 M registrations, with
// bench:seed) into its own data directory, or reuses one loaded earlier;
// times the rollups (full rebuild vs incremental refresh); logs in as a wethouder and measures the dashboard
// page; and, as the baseline, runs the same figures as raw SQL straight on
// the base tables (what the dashboard would cost without its rollups).
import { spawn } from "node:child_process";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import pg from "pg";
import { percentile } from "./http.ts";
import { ANALYZE_DASHBOARD_ROLLUPS } from "../../lib/jobs/refresh-dashboard-rollups.ts";

export const scaleSet = {
  meldingen: Number(process.env.BENCH_SCALE_MELDINGEN ?? 10_000_000),
  inbreng: Number(process.env.BENCH_SCALE_INBRENG ?? 1_000_000),
  participants: Number(process.env.BENCH_SCALE_PARTICIPANTS ?? 500_000),
  registrations: Number(process.env.BENCH_SCALE_REGISTRATIONS ?? 2_000_000),
};

type LoadRecord = { seconds: number; rows: typeof scaleSet; loadedAt: string; output: string };

/** Loads the scale set into `dataDir` with bench:seed, unless it holds one already; returns how long the load took. */
export async function loadScaleSet(root: string, dataDir: string): Promise<LoadRecord & { reused: boolean }> {
  const marker = path.join(dataDir, "bench-scale.json");
  if (existsSync(marker)) return { ...(JSON.parse(readFileSync(marker, "utf8")) as LoadRecord), reused: true };
  const args = ["scripts/bench-seed.ts", ...Object.entries(scaleSet).flatMap(([k, v]) => [`--${k}`, String(v)])];
  const t = performance.now();
  let output = "";
  const code = await new Promise<number | null>((resolve) => {
    const child = spawn(process.execPath, args, { cwd: root, env: { ...process.env, DATA_DIR: dataDir, DATABASE_URL: "" }, stdio: ["ignore", "pipe", "pipe"] });
    child.stdout.on("data", (d: Buffer) => {
      output += d;
      process.stdout.write(d);
    });
    child.stderr.on("data", (d: Buffer) => (output += d));
    child.on("exit", resolve);
  });
  if (code !== 0) throw new Error(`bench:seed failed:\n${output}`);
  const record: LoadRecord = { seconds: (performance.now() - t) / 1000, rows: scaleSet, loadedAt: new Date().toISOString(), output };
  writeFileSync(marker, JSON.stringify(record, null, 2));
  return { ...record, reused: false };
}

/** A next-auth session cookie for a demo account (credentials sign-in, as the login form does). */
export async function loginCookie(baseUrl: string, email: string, password: string): Promise<string> {
  const csrf = await fetch(`${baseUrl}/api/auth/csrf`);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const jar = csrf.headers.getSetCookie().map((c) => c.split(";")[0]);
  const res = await fetch(`${baseUrl}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: { "Content-Type": "application/x-www-form-urlencoded", Cookie: jar.join("; ") },
    body: new URLSearchParams({ csrfToken, email, password, json: "true" }),
  });
  const session = res.headers
    .getSetCookie()
    .map((c) => c.split(";")[0])
    .find((c) => c.includes("session-token"));
  if (!session) throw new Error(`login as ${email} failed (HTTP ${res.status})`);
  return [...jar, session].join("; ");
}

export type RollupTimes = { rebuild: number; minute: number; deltas: number; undo: number; idle: number; changes: string };

/**
 * The rollups at scale: a full rebuild from the base tables (the baseline, and
 * what `npm run rollups:rebuild` costs), then the worker's incremental refresh
 * after a busy minute — 200 new meldingen today, 300 recent ones closed, 5 of
 * two years ago reopened — each change and its refresh in one transaction (so
 * the running worker cannot take the change notes first), then the same
 * changes undone (the scale set stays as loaded), then a minute without
 * changes.
 */
export async function timeRollups(dbUrl: string): Promise<RollupTimes> {
  const client = new pg.Client({ connectionString: dbUrl, options: "-c TimeZone=UTC" });
  await client.connect();
  const timed = async (sql: string) => {
    const t = performance.now();
    await client.query(sql);
    return (performance.now() - t) / 1000;
  };
  try {
    // held for the whole measurement, before any snapshot is taken: the running worker's refresh waits instead of
    // committing under our REPEATABLE READ snapshot (which would end our refresh in a serialisation failure)
    await client.query("SELECT pg_advisory_lock(hashtext('dashboard_rollups'))");
    const rebuild = await timed("SELECT rebuild_dashboard_rollups()");
    await client.query(ANALYZE_DASHBOARD_ROLLUPS);
    await client.query("BEGIN ISOLATION LEVEL REPEATABLE READ");
    await client.query(`CREATE TEMP TABLE bench_touched ON COMMIT PRESERVE ROWS AS
      (SELECT id, status, "closedAt", "publicAnswer" FROM "Melding" WHERE status = 'NIEUW' AND "createdAt" >= now() - interval '60 days' ORDER BY id LIMIT 300)
      UNION ALL
      (SELECT id, status, "closedAt", "publicAnswer" FROM "Melding" WHERE status = 'AFGEHANDELD' AND "createdAt" < now() - interval '730 days' ORDER BY id LIMIT 5)`);
    await client.query(`UPDATE "Melding" m SET status = CASE WHEN t.status = 'NIEUW' THEN 'AFGEHANDELD'::"MeldingStatus" ELSE 'IN_BEHANDELING'::"MeldingStatus" END,
      "closedAt" = CASE WHEN t.status = 'NIEUW' THEN now() ELSE NULL END, "publicAnswer" = CASE WHEN t.status = 'NIEUW' THEN 'Afgehandeld (bench).' ELSE NULL END
      FROM bench_touched t WHERE m.id = t.id`);
    await client.query(`INSERT INTO "Melding" (id, "categoryId", "departmentId", "themeId", description, "buurtId", "stadsdeelId", status, "dueAt", "createdAt", "updatedAt", origin, "externalId")
      SELECT 'bench-minute-' || g, m."categoryId", m."departmentId", m."themeId", 'Bench: nieuw deze minuut', m."buurtId", m."stadsdeelId", 'NIEUW', now() + interval '14 days', now(), now(), 'SIGNALEN', 'bench-minute-' || g
      FROM generate_series(1, 200) g, LATERAL (SELECT * FROM "Melding" ORDER BY id LIMIT 1) m`);
    const [{ n }] = (await client.query<{ n: number }>(`SELECT count(*)::int AS n FROM rollup.melding_delta`)).rows;
    const minute = await timed("SELECT refresh_dashboard_rollups()");
    await client.query("COMMIT");
    await client.query("BEGIN ISOLATION LEVEL REPEATABLE READ");
    await client.query(`DELETE FROM "Melding" WHERE id LIKE 'bench-minute-%'`);
    await client.query(
      `UPDATE "Melding" m SET status = t.status, "closedAt" = t."closedAt", "publicAnswer" = t."publicAnswer" FROM bench_touched t WHERE m.id = t.id`,
    );
    const undo = await timed("SELECT refresh_dashboard_rollups()");
    await client.query("COMMIT");
    await client.query("BEGIN ISOLATION LEVEL REPEATABLE READ");
    const idle = await timed("SELECT refresh_dashboard_rollups()");
    await client.query("COMMIT");
    await client.query("SELECT pg_advisory_unlock(hashtext('dashboard_rollups'))");
    return { rebuild, minute, deltas: n, undo, idle, changes: "200 new meldingen, 300 recent ones closed, 5 of two years ago reopened" };
  } finally {
    await client.end();
  }
}

/**
 * The dashboard's figures on the big tables as raw SQL on the base tables, all
 * at once as the page runs its queries: participation, unique and repeat
 * participants with reach per buurt and age band, meldingen by status,
 * department, days to close and month, inbreng by theme and kind, and the
 * stadsdelen side by side.
 */
function rawQueries(sd: string | null, from: Date, to: Date): [string, unknown[]][] {
  const p = [from, to, sd];
  const b = `b."startsAt" >= $1 AND b."startsAt" < $2 AND ($3::text IS NULL OR b."stadsdeelId" = $3)`;
  const m = `m."createdAt" >= $1 AND m."createdAt" < $2 AND ($3::text IS NULL OR m."stadsdeelId" = $3)`;
  return [
    [
      `SELECT count(*) FILTER (WHERE r.status IN ('CONFIRMED','ATTENDED','NO_SHOW')), count(*) FILTER (WHERE r.status = 'ATTENDED'), count(*) FILTER (WHERE r.status = 'NO_SHOW'), count(e.id), avg(e."scoreOverall")
      FROM "Registration" r JOIN "Bijeenkomst" b ON b.id = r."bijeenkomstId" LEFT JOIN "Evaluation" e ON e."registrationId" = r.id WHERE b.status <> 'CANCELLED' AND ${b}`,
      p,
    ],
    [
      `WITH x AS (SELECT r."participantId", p."buurtId", p."ageBand", count(*) FILTER (WHERE r.status = 'ATTENDED') AS a
        FROM "Registration" r JOIN "Bijeenkomst" b ON b.id = r."bijeenkomstId" JOIN "Participant" p ON p.id = r."participantId"
        WHERE b.status <> 'CANCELLED' AND r.status IN ('CONFIRMED','ATTENDED','NO_SHOW') AND ${b} GROUP BY 1, 2, 3)
      SELECT "buurtId", "ageBand", count(*), count(*) FILTER (WHERE a > 0), count(*) FILTER (WHERE a > 1) FROM x GROUP BY GROUPING SETS (("buurtId"), ("ageBand"), ())`,
      p,
    ],
    [`SELECT m.status, count(*) FROM "Melding" m WHERE ${m} GROUP BY 1`, p],
    [
      `SELECT m."departmentId", count(*) FILTER (WHERE m.status IN ('NIEUW','DOORGEZET','IN_BEHANDELING')), count(*) FILTER (WHERE m.status IN ('NIEUW','DOORGEZET','IN_BEHANDELING') AND m."dueAt" < now()), count(*) FILTER (WHERE m.status IN ('AFGEHANDELD','AFGEWEZEN'))
      FROM "Melding" m WHERE ${m} GROUP BY 1`,
      p,
    ],
    [
      `SELECT percentile_cont(0.5) WITHIN GROUP (ORDER BY ceil(extract(epoch FROM m."closedAt" - m."createdAt") / 86400)), percentile_cont(0.9) WITHIN GROUP (ORDER BY ceil(extract(epoch FROM m."closedAt" - m."createdAt") / 86400))
      FROM "Melding" m WHERE m."closedAt" IS NOT NULL AND ${m}`,
      p,
    ],
    [`SELECT date_trunc('month', m."createdAt"), count(*), count(m."closedAt") FROM "Melding" m WHERE ${m} GROUP BY 1`, p],
    [
      `SELECT i."themeId", i.kind, count(*), count(i."publicAnswer") FROM "Inbreng" i JOIN "Bijeenkomst" b ON b.id = i."bijeenkomstId" WHERE ${b} GROUP BY 1, 2`,
      p,
    ],
    [
      `SELECT s.id,
        (SELECT count(*) FROM "Registration" r JOIN "Bijeenkomst" b ON b.id = r."bijeenkomstId" WHERE b."stadsdeelId" = s.id AND b."startsAt" >= $1 AND b."startsAt" < $2 AND r.status = 'ATTENDED'),
        (SELECT count(*) FROM "Inbreng" i JOIN "Bijeenkomst" b ON b.id = i."bijeenkomstId" WHERE b."stadsdeelId" = s.id AND b."startsAt" >= $1 AND b."startsAt" < $2),
        (SELECT count(*) FROM "Melding" m WHERE m."stadsdeelId" = s.id AND m.status IN ('NIEUW','DOORGEZET','IN_BEHANDELING')),
        (SELECT count(*) FROM "Participant" p JOIN "Buurt" bu ON bu.id = p."buurtId" WHERE bu."stadsdeelId" = s.id AND p."inPool" AND p."anonymisedAt" IS NULL)
      FROM "Stadsdeel" s WHERE ($3::text IS NULL OR s.id = $3)`,
      p,
    ],
  ];
}

/** p50/p95 in ms of the raw SQL for the whole city (sd null) or one stadsdeel, run `runs` times. */
export async function measureRawSql(dbUrl: string, sd: string | null, from: Date, to: Date, runs: number): Promise<{ p50: number; p95: number; runs: number }> {
  const pool = new pg.Pool({ connectionString: dbUrl, max: 10 });
  try {
    const times: number[] = [];
    for (let i = 0; i < runs; i++) {
      const t = performance.now();
      await Promise.all(rawQueries(sd, from, to).map(([sql, params]) => pool.query(sql, params)));
      times.push(performance.now() - t);
    }
    times.sort((a, b) => a - b);
    return { p50: percentile(times, 50), p95: percentile(times, 95), runs };
  } finally {
    await pool.end();
  }
}

export async function stadsdeelId(dbUrl: string, slug: string): Promise<string> {
  const client = new pg.Client({ connectionString: dbUrl });
  await client.connect();
  try {
    return (await client.query<{ id: string }>(`SELECT id FROM "Stadsdeel" WHERE slug = $1`, [slug])).rows[0].id;
  } finally {
    await client.end();
  }
}
