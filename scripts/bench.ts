// `npm run bench`: benchmarks, printed as figures with a baseline measured
// in the same run.
// 1. Public pages (home, stadsdeel, agenda, bijeenkomsten, a bijeenkomst, a
//    verslag, the iCal feed): response time (p50/p95, throughput, bytes) as
//    an anonymous visitor gets them (the public page cache) and rendered by
//    Next past the cache, against a static file from the same server.
// 2. Map input: the public stadsdeel page with 10,000 inbreng (server p95,
//    and in Chromium navigation → the server's clusters drawn, against the
//    same page with no points), and saving one inbreng (the server action)
//    against a raw INSERT. BENCH_ONLY_MAP=1 runs only parts 1 and 2.
// 2b. Login: 20 staff accounts logging in at the same moment, through HTTP.
// 3. Registration: a burst of simultaneous registrations for 50 seats — the
//    public action in process against raw INSERTs of the same rows, and the
//    same burst over HTTP through the server action as a browser posts it,
//    against the same burst of GETs of the static file from the same server.
// 3b. Stadsdeeltafels: 100,000 dossiers and 1,000,000 acties added to the
//    demo database; "my acties" and the dossiers list through HTTP with a
//    real session (regisseur, afdelingsmedewerker, partner, beheerder),
//    against the same queries in raw SQL. BENCH_ONLY_TAFELS=1 runs only this
//    part (with the static-file baseline).
// 3c. Stadsdeelanalyse: 200 indicators × 44 buurten × 10 years (88,000
//    buurt values) added; the public analyse page through HTTP against its
//    queries in raw SQL; one year of the national CBS Kerncijfers table
//    (17,000 regions) through the import action in process against a raw
//    COPY of the same rows. BENCH_ONLY_ANALYSE=1 runs only this part.
// 4. Dashboard at national scale: loads the scale set (10 M meldingen, 1 M
//    inbreng, 500 k participants, 2 M registrations) and prints its load
//    time, the full rollup rebuild against the worker's incremental refresh,
//    and the dashboard page through HTTP (one user, two at once, all blocks
//    open) against the same figures in raw SQL.
//    BENCH_SCALE_DIR keeps the scale set in that folder and reuses it on the
//    next run; BENCH_SCALE=0 skips this part, BENCH_ONLY_SCALE=1 runs only it.
// The machine's load is printed at the start and the end (and a warning when
// it is busy at the start), so a run on a loaded machine shows it in its own
// output; BENCH_QUIET_CHECK=strict refuses to start on a busy machine.
// Starts its own portal (temporary data directory, demo data) unless
// BENCH_URL points at a running one. BENCH_REQUESTS / BENCH_CONCURRENCY tune it.
import { type ChildProcess, spawn } from "node:child_process";
import { chmod, mkdir, mkdtemp, readFile, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { loadScaleSet, loginCookie, measureRawSql, scaleSet, stadsdeelId, timeRollups } from "./bench/dashboard.ts";
import { measureHttp, printHttpTable } from "./bench/http.ts";
import { benchPublicPages } from "./bench/public-pages.ts";
import { BENCH_STADSDEEL, measureMapDrawn, measureSave, seedInbreng } from "./bench/inbreng.ts";
import { benchLogins } from "./bench/login.ts";
import { benchRegistrationBurst } from "./bench/registration.ts";
import { benchRegistrationHttp } from "./bench/registration-http.ts";
import { benchSignalenPull } from "./bench/signalen.ts";
import { measureRaw, rawTafelQueries, seedTafels } from "./bench/tafels.ts";
import { benchCbsImport, rawAnalyseQueries, seedIndicatorValues } from "./bench/analyse.ts";
import { freePort } from "./db/free-port.ts";

const root = path.resolve(import.meta.dirname, "..");

/** The 1-minute load average against the cores: above half of them, other work competes with the measurements. */
function printLoad(when: string): boolean {
  const [one, five] = os.loadavg();
  const cores = os.cpus().length;
  const busy = one > cores / 2;
  console.log(
    `machine load ${when}: ${one.toFixed(2)} (1 min), ${five.toFixed(2)} (5 min) on ${cores} cores${busy ? " — BUSY: other work competes with these measurements" : ""}`,
  );
  return busy;
}
if (printLoad("at start") && process.env.BENCH_QUIET_CHECK === "strict") {
  console.error("BENCH_QUIET_CHECK=strict: the machine is busy; not starting.");
  process.exit(2);
}
const requests = Number(process.env.BENCH_REQUESTS ?? 400);
const concurrency = Number(process.env.BENCH_CONCURRENCY ?? 4);

async function startPortal(dataDir?: string): Promise<{ url: string; dbUrl: string; stop: () => Promise<void> }> {
  const dir = dataDir ?? (await mkdtemp(path.join(os.tmpdir(), "sdp-bench-")));
  await chmod(dir, 0o755);
  const port = await freePort();
  const child: ChildProcess = spawn(process.execPath, ["scripts/start.ts"], {
    cwd: root,
    // TRUSTED_PROXIES: the HTTP registration burst comes from many addresses through this machine (X-Forwarded-For)
    env: { ...process.env, PORT: String(port), DATA_DIR: dir, DATABASE_URL: "", NEXTAUTH_SECRET: "bench-secret", TRUSTED_PROXIES: "127.0.0.1,::1" },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let log = "";
  child.stdout!.on("data", (d) => (log += d));
  child.stderr!.on("data", (d) => (log += d));
  const url = `http://localhost:${port}`;
  const t = performance.now();
  for (;;) {
    if (child.exitCode !== null) throw new Error(`portal did not start:\n${log}`);
    try {
      if ((await fetch(`${url}/robots.txt`)).ok) break;
    } catch {
      /* starting */
    }
    if (performance.now() - t > 300_000) throw new Error(`portal not up after 300 s:\n${log}`);
    await new Promise((r) => setTimeout(r, 300));
  }
  console.log(`portal started in ${((performance.now() - t) / 1000).toFixed(1)} s (embedded PostgreSQL, ${dataDir ? "scale set" : "demo data"})`);
  const { url: dbUrl } = JSON.parse(await readFile(path.join(dir, "runtime.json"), "utf8")) as { url: string };
  return {
    url,
    dbUrl,
    stop: async () => {
      const exited = new Promise((r) => child.once("exit", r));
      child.kill("SIGTERM");
      await exited;
      if (!dataDir) await rm(dir, { recursive: true, force: true });
    },
  };
}

if (process.env.BENCH_URL && !process.env.BENCH_DATABASE_URL) throw new Error("with BENCH_URL also set BENCH_DATABASE_URL");
// BENCH_ONLY_SCALE=1: only the national-scale dashboard part below.
const portal =
  process.env.BENCH_ONLY_SCALE === "1"
    ? null
    : process.env.BENCH_URL
      ? { url: process.env.BENCH_URL, dbUrl: process.env.BENCH_DATABASE_URL!, stop: async () => {} }
      : await startPortal();
const onlyTafels = process.env.BENCH_ONLY_TAFELS === "1";
const onlyAnalyse = process.env.BENCH_ONLY_ANALYSE === "1";
// BENCH_ONLY_MAP=1: the public pages and the 10,000-point map only
const onlyMap = process.env.BENCH_ONLY_MAP === "1";
if (portal)
  try {
    console.log(
      `\nHTTP: ${requests} requests per target, concurrency ${concurrency}, after ${20} warm-up requests; Node ${process.version}, ${os.cpus().length} cores`,
    );
    const opts = { requests, concurrency, warmup: 20 };
    const baseline = await measureHttp(portal.url, "static file (baseline)", "/robots.txt", opts);
    if (!onlyTafels && !onlyMap) {
      const [nIndicators, nYears] = [Number(process.env.BENCH_INDICATORS ?? 200), Number(process.env.BENCH_YEARS ?? 10)];
      console.log(
        `\nStadsdeelanalyse: ${nIndicators} indicators × every buurt, stadsdeel and the gemeente × ${nYears} years added; the public analyse page of West through HTTP, one request after another`,
      );
      const seededValues = await seedIndicatorValues(portal.dbUrl, nIndicators, nYears);
      const analysePath = `/stadsdelen/west/cijfers?indicator=bench.indicator-${Math.ceil(nIndicators / 2)}`;
      const analyse = await measureHttp(portal.url, "analyse page (map, table, trend)", analysePath, {
        requests: Number(process.env.BENCH_TAFEL_REQUESTS ?? 100),
        concurrency: 1,
        warmup: 5,
      });
      const analyseRaw = await measureRaw(portal.dbUrl, await rawAnalyseQueries(portal.dbUrl, "west", `bench.indicator-${Math.ceil(nIndicators / 2)}`), 20);
      printHttpTable([baseline, analyse], baseline);
      const cbs = await benchCbsImport(portal.dbUrl, Number(process.env.BENCH_CBS_REGIONS ?? 17_000));
      console.table([
        {
          measure: "load: INSERT … SELECT of the values, then VACUUM ANALYZE",
          value: `${seededValues.seconds.toFixed(1)} s (${seededValues.values.toLocaleString("en")} values, ${seededValues.buurtValues.toLocaleString("en")} per buurt)`,
          target: "",
          met: "",
        },
        {
          measure: `analyse page p50 / p95 (${analyse.requests} requests, ${analyse.errors} errors)`,
          value: `${analyse.p50.toFixed(0)} / ${analyse.p95.toFixed(0)} ms`,
          target: "p95 ≤ 150 ms",
          met: analyse.p95 <= 150 && analyse.errors === 0,
        },
        {
          measure: "  baseline: the page's queries in raw SQL, p50 / p95 (20 runs)",
          value: `${analyseRaw.p50.toFixed(1)} / ${analyseRaw.p95.toFixed(1)} ms`,
          target: `page ÷ raw p95 = ${(analyse.p95 / analyseRaw.p95).toFixed(1)}×`,
          met: "",
        },
        {
          measure: `CBS Kerncijfers, national table (${cbs.rows.toLocaleString("en")} rows, ${(cbs.bytes / 1e6).toFixed(1)} MB): the import action in process`,
          value: `${(cbs.actionMs / 1000).toFixed(2)} s (${cbs.regions} regions of this gemeente, ${cbs.values} values written)`,
          target: "≤ 60 s",
          met: cbs.actionMs <= 60_000,
        },
        {
          measure: "  baseline: raw COPY of the same rows into a table",
          value: `${(cbs.copyMs / 1000).toFixed(2)} s`,
          target: `action ÷ COPY = ${(cbs.actionMs / cbs.copyMs).toFixed(1)}×`,
          met: "",
        },
      ]);
    }
    if (!onlyTafels && !onlyAnalyse) {
      console.log("\nPublic pages as an anonymous visitor gets them (the public page cache), and rendered by Next for every request (past the cache)");
      const pages = await benchPublicPages(portal.url, portal.dbUrl, "noord-west", opts);
      printHttpTable([baseline, ...pages.cached, ...pages.rendered], baseline);
      console.table(
        pages.cached.map((c, i) => ({
          measure: `${c.label}: cached p95 (rendered p95)`,
          value: `${c.p95.toFixed(1)} ms (${pages.rendered[i].p95.toFixed(1)} ms)`,
          target: `≤ 2× static p95 (${(2 * baseline.p95).toFixed(1)} ms)`,
          met: c.p95 <= 2 * baseline.p95 && c.errors === 0,
        })),
      );

      if (!onlyMap) {
        const logins = Number(process.env.BENCH_LOGINS ?? 20);
        console.log(`\nLogin: ${logins} staff accounts logging in at the same moment (HTTP: CSRF + credentials callback, argon2id)`);
        const login = await benchLogins(portal.url, portal.dbUrl, "demo-wachtwoord", logins);
        console.table([
          { measure: "one login alone, p50 of 5", value: `${login.alone.toFixed(0)} ms`, target: "", met: "" },
          {
            measure: `${login.n} simultaneous logins, p50 / p95 / slowest`,
            value: `${login.p50.toFixed(0)} / ${login.p95.toFixed(0)} / ${login.max.toFixed(0)} ms`,
            target: "p95 ≤ 1000 ms",
            met: login.p95 <= 1000,
          },
          { measure: "baseline: static file p95 (same server, above)", value: `${baseline.p95.toFixed(1)} ms`, target: "", met: "" },
        ]);
      }

      const inbrengCount = Number(process.env.BENCH_INBRENG ?? 10_000);
      console.log(`\nMap input: public page of ${BENCH_STADSDEEL} with ${inbrengCount.toLocaleString("en")} more inbreng`);
      const total = await seedInbreng(portal.dbUrl, inbrengCount);
      const bigPage = await measureHttp(portal.url, `stadsdeel page, ${total} inbreng`, `/stadsdelen/${BENCH_STADSDEEL}`, opts);
      const bigRendered = await measureHttp(portal.url, `stadsdeel page, ${total} inbreng, rendered`, `/stadsdelen/${BENCH_STADSDEEL}?bench=render`, {
        ...opts,
        requests: Math.min(requests, 200),
      });
      const points = await measureHttp(portal.url, "map points, every one (JSON)", `/stadsdelen/${BENCH_STADSDEEL}/inbreng-kaart`, {
        ...opts,
        requests: Math.min(requests, 100),
      });
      const clusters = await measureHttp(
        portal.url,
        "map clusters of one viewport, zoom 13 (JSON, what the map asks)",
        `/stadsdelen/${BENCH_STADSDEEL}/inbreng-kaart?z=13&bbox=5.5,50.7,5.9,51.0`,
        opts,
      );
      printHttpTable([baseline, bigPage, bigRendered, points, clusters], baseline);
      const drawn = await measureMapDrawn(portal.url, Number(process.env.BENCH_BROWSER_RUNS ?? 10));
      // the same page with a filter no inbreng matches: everything but the points
      const empty = await measureMapDrawn(portal.url, Number(process.env.BENCH_BROWSER_RUNS ?? 10), "?buurt=geen-buurt");
      const save = await measureSave(portal.dbUrl, Number(process.env.BENCH_SAVES ?? 200));
      console.table([
        {
          measure: "stadsdeel page server p95, cached (rendered)",
          value: `${bigPage.p95.toFixed(1)} ms (${bigRendered.p95.toFixed(1)} ms)`,
          target: "≤ 150 ms",
          met: bigPage.p95 <= 150,
        },
        {
          measure: `Chromium: navigation → ${drawn.points} points drawn, on the page's clock, p50 / p95 (${drawn.runs} loads)`,
          value: `${drawn.p50.toFixed(0)} / ${drawn.p95.toFixed(0)} ms`,
          target: "≤ 1000 ms (quiet machine)",
          met: drawn.p95 <= 1000,
        },
        {
          measure: `  baseline: the same page with no points drawn, p50 / p95`,
          value: `${empty.p50.toFixed(0)} / ${empty.p95.toFixed(0)} ms`,
          target: `with ÷ without p95 = ${(drawn.p95 / empty.p95).toFixed(2)}× (≤ 2×)`,
          met: drawn.p95 <= 2 * empty.p95,
        },
        {
          measure: "  the same loads timed from the bench (goto → waitForSelector: adds Playwright's polling), p50 / p95",
          value: `${drawn.outsideP50.toFixed(0)} / ${drawn.outsideP95.toFixed(0)} ms (no points: ${empty.outsideP50.toFixed(0)} / ${empty.outsideP95.toFixed(0)} ms)`,
          target: "",
          met: "",
        },
        {
          measure: `save one inbreng (server action) p50 / p95 (${save.runs} saves)`,
          value: `${save.action.p50.toFixed(1)} / ${save.action.p95.toFixed(1)} ms`,
          target: "p95 ≤ 50 ms",
          met: save.action.p95 <= 50,
        },
        {
          measure: "baseline: raw INSERT of the same row p50 / p95",
          value: `${save.raw.p50.toFixed(1)} / ${save.raw.p95.toFixed(1)} ms`,
          target: `action ÷ raw p95 = ${(save.action.p95 / save.raw.p95).toFixed(1)}×`,
          met: "",
        },
      ]);

      if (!onlyMap) {
        const burst = Number(process.env.BENCH_BURST ?? 500);
        console.log(`\nRegistration: ${burst} simultaneous registrations for one bijeenkomst with 50 seats`);
        const reg = await benchRegistrationBurst(portal.dbUrl, burst, 50);
        const http = await benchRegistrationHttp(portal.url, portal.dbUrl, burst, 50);
        console.table([
          {
            measure: "outcome",
            value: `${reg.confirmed} confirmed, ${reg.waitlisted} waitlisted, ${reg.errors} errors`,
            target: "50 / rest / 0",
            met: reg.confirmed === 50 && reg.errors === 0 && reg.waitlisted === burst - 50,
          },
          {
            measure: "registrations per second",
            value: reg.rate.toFixed(0),
            target: `≥ ⅓ of raw (${(reg.rawRate / 3).toFixed(0)})`,
            met: reg.rate >= reg.rawRate / 3,
          },
          {
            measure: "registration p50 / p95 under the burst",
            value: `${reg.p50.toFixed(0)} / ${reg.p95.toFixed(0)} ms`,
            target: "p95 ≤ 400 ms",
            met: reg.p95 <= 400,
          },
          {
            measure: "baseline: raw INSERT (participant + registration) per second, p95",
            value: `${reg.rawRate.toFixed(0)} /s, ${reg.rawP95.toFixed(0)} ms`,
            target: `ratio ${(reg.rate / reg.rawRate).toFixed(2)}`,
            met: "",
          },
          {
            measure: "over HTTP through the server action (as the browser posts it): outcome",
            value: `${http.confirmed} confirmed, ${http.waitlisted} waitlisted, ${http.errors} errors`,
            target: "50 / rest / 0",
            met: http.confirmed === 50 && http.errors === 0 && http.waitlisted === burst - 50,
          },
          {
            measure: "over HTTP: registrations per second",
            value: http.rate.toFixed(0),
            target: `≥ ⅓ of the static file (${(http.staticFile.rate / 3).toFixed(0)}/s)`,
            met: http.rate >= http.staticFile.rate / 3,
          },
          {
            measure: "over HTTP: p50 / p95 under the burst",
            value: `${http.p50.toFixed(0)} / ${http.p95.toFixed(0)} ms`,
            target: "p95 ≤ 1000 ms",
            met: http.p95 <= 1000,
          },
          {
            measure: `baseline: ${burst} GETs of the static file at once, each on its own connection: per second, p50 / p95`,
            value: `${http.staticFile.rate.toFixed(0)} /s, ${http.staticFile.p50.toFixed(0)} / ${http.staticFile.p95.toFixed(0)} ms`,
            target: `HTTP ÷ static = ${(http.rate / http.staticFile.rate).toFixed(2)} (keep-alive, 4 at a time: ${baseline.rps.toFixed(0)} /s)`,
            met: "",
          },
        ]);

        const signalen = Number(process.env.BENCH_SIGNALEN ?? 20_000);
        console.log(
          `\nSignalen: pulling ${signalen.toLocaleString("en")} meldingen (in process: HTTP from the local fake, 100 per page, upsert per page with the cursor)`,
        );
        const pull = await benchSignalenPull(portal.dbUrl, signalen);
        console.table([
          { measure: "outcome", value: `${pull.imported} meldingen in ${pull.pages} pages`, target: `${signalen}`, met: pull.imported === signalen },
          {
            measure: "pull: signals per second",
            value: `${pull.pullRate.toFixed(0)} /s (${(pull.pullMs / 1000).toFixed(1)} s)`,
            target: "≥ 1000 /s",
            met: pull.pullRate >= 1000,
          },
          {
            measure: "baseline: raw COPY of the same rows",
            value: `${pull.copyRate.toFixed(0)} /s (${(pull.copyMs / 1000).toFixed(2)} s)`,
            target: `pull ÷ COPY = ${(pull.pullRate / pull.copyRate).toFixed(2)}`,
            met: "",
          },
        ]);
      }
    }

    if (!onlyAnalyse && !onlyMap) {
      const [nDossiers, nActies] = [Number(process.env.BENCH_DOSSIERS ?? 100_000), Number(process.env.BENCH_ACTIES ?? 1_000_000)];
      console.log(
        `\nStadsdeeltafels: ${nDossiers.toLocaleString("en")} dossiers and ${nActies.toLocaleString("en")} acties added; pages through HTTP one request after another (what one user waits for), with a session`,
      );
      const seeded = await seedTafels(portal.dbUrl, nDossiers, nActies);
      const tafelOpts = { requests: Number(process.env.BENCH_TAFEL_REQUESTS ?? 100), concurrency: 1, warmup: 5 };
      const rows = [];
      const results = [baseline];
      for (const [email, path, label] of [
        ["regisseur.noord@demo.example", "/medewerker/acties", "my acties, regisseur"],
        ["medewerker.openbare-ruimte@demo.example", "/medewerker/acties", "my acties, afdelingsmedewerker (also the department's)"],
        ["partner.politie@demo.example", "/medewerker/acties", "acties of my organisation, partner"],
        ["regisseur.noord@demo.example", "/medewerker/dossiers", "dossiers list, regisseur (own stadsdeel)"],
        ["beheerder@demo.example", "/medewerker/dossiers", "dossiers list, beheerder (all)"],
      ] as const) {
        const cookie = await loginCookie(portal.url, email, "demo-wachtwoord");
        const r = await measureHttp(portal.url, label, path, { ...tafelOpts, headers: { Cookie: cookie } });
        const q = await rawTafelQueries(portal.dbUrl, email);
        const raw = await measureRaw(portal.dbUrl, path.endsWith("acties") ? q.acties : q.dossiers, 20);
        results.push(r);
        rows.push({
          measure: `${label}, p50 / p95 (${r.requests} requests, ${r.errors} errors)`,
          value: `${r.p50.toFixed(0)} / ${r.p95.toFixed(0)} ms`,
          target: "p95 ≤ 150 ms",
          met: r.p95 <= 150 && r.errors === 0,
        });
        rows.push({
          measure: "  baseline: the same queries in raw SQL, p50 / p95 (20 runs)",
          value: `${raw.p50.toFixed(1)} / ${raw.p95.toFixed(1)} ms`,
          target: `page ÷ raw p95 = ${(r.p95 / raw.p95).toFixed(1)}×`,
          met: "",
        });
      }
      printHttpTable(results, baseline);
      console.table([
        {
          measure: "load: INSERT … SELECT of the dossiers and acties, then VACUUM ANALYZE",
          value: `${seeded.seconds.toFixed(1)} s (now ${seeded.dossiers.toLocaleString("en")} dossiers, ${seeded.acties.toLocaleString("en")} acties)`,
          target: "",
          met: "",
        },
        ...rows,
      ]);
    }
  } finally {
    await portal.stop();
  }

if (process.env.BENCH_SCALE !== "0" && !onlyTafels && !onlyAnalyse && !onlyMap) {
  const keep = process.env.BENCH_SCALE_DIR;
  const dir = keep ? path.resolve(keep) : await mkdtemp(path.join(os.tmpdir(), "sdp-bench-scale-"));
  await mkdir(dir, { recursive: true });
  await chmod(dir, 0o755);
  try {
    const rows = Object.entries(scaleSet)
      .map(([k, v]) => `${v.toLocaleString("en")} ${k}`)
      .join(", ");
    console.log(`\nDashboard at national scale: ${rows}`);
    const load = await loadScaleSet(root, dir);
    const scale = await startPortal(dir);
    try {
      const rollups = await timeRollups(scale.dbUrl);
      const cookie = await loginCookie(scale.url, "wethouder.oost@demo.example", "demo-wachtwoord");
      // One wethouder opening the dashboard (what a user waits for), then two at once on the same cores.
      const dashOpts = { requests: Number(process.env.BENCH_DASHBOARD_REQUESTS ?? 100), concurrency: 1, warmup: 5, headers: { Cookie: cookie } };
      const staticFile = await measureHttp(scale.url, "static file (baseline)", "/robots.txt", { ...dashOpts, headers: {} });
      const city = await measureHttp(scale.url, "dashboard, whole city", "/medewerker/dashboard", dashOpts);
      const noord = await measureHttp(scale.url, "dashboard, one stadsdeel", "/medewerker/dashboard?stadsdeel=noord", dashOpts);
      const signalenOnly = await measureHttp(scale.url, "dashboard, meldingen from Signalen only", "/medewerker/dashboard?herkomst=signalen", dashOpts);
      const twoAtOnce = await measureHttp(scale.url, "dashboard, Signalen only, two users at once", "/medewerker/dashboard?herkomst=signalen", {
        ...dashOpts,
        concurrency: 2,
      });
      const allOpen = await measureHttp(
        scale.url,
        "dashboard, Signalen only, all blocks open (as printed)",
        "/medewerker/dashboard?herkomst=signalen&open=alles",
        dashOpts,
      );
      printHttpTable([staticFile, city, noord, signalenOnly, twoAtOnce, allOpen], staticFile);
      const year = new Date().getUTCFullYear();
      const from = new Date(Date.UTC(year, 0, 1));
      const to = new Date(Date.UTC(year + 1, 0, 1));
      const runs = Number(process.env.BENCH_RAW_RUNS ?? 5);
      const rawCity = await measureRawSql(scale.dbUrl, null, from, to, runs);
      const rawNoord = await measureRawSql(scale.dbUrl, await stadsdeelId(scale.dbUrl, "noord"), from, to, runs);
      console.table([
        {
          measure: load.reused ? `load of the scale set (earlier run, ${load.loadedAt})` : "load of the scale set (bench:seed, this run)",
          value: `${load.seconds.toFixed(0)} s`,
          target: "",
          met: "",
        },
        {
          measure: "baseline: full rebuild of all rollups from the base tables (npm run rollups:rebuild)",
          value: `${rollups.rebuild.toFixed(1)} s`,
          target: "",
          met: "",
        },
        {
          measure: `incremental refresh after a busy minute (${rollups.changes}; ${rollups.deltas} deltas added up)`,
          value: `${rollups.minute.toFixed(2)} s`,
          target: `≤ 5 s (${(rollups.rebuild / rollups.minute).toFixed(0)}× faster than the rebuild)`,
          met: rollups.minute <= 5,
        },
        { measure: "incremental refresh undoing those changes", value: `${rollups.undo.toFixed(2)} s`, target: "≤ 5 s", met: rollups.undo <= 5 },
        { measure: "incremental refresh of a minute without changes (overdue check and the pool)", value: `${rollups.idle.toFixed(2)} s`, target: "", met: "" },
        {
          measure: `dashboard page, whole city, p50 / p95 (${city.requests} requests one after another, ${city.errors} errors)`,
          value: `${city.p50.toFixed(0)} / ${city.p95.toFixed(0)} ms`,
          target: "p95 ≤ 200 ms",
          met: city.p95 <= 200 && city.errors === 0,
        },
        {
          measure: `dashboard page, one stadsdeel, p50 / p95 (${noord.requests} requests, ${noord.errors} errors)`,
          value: `${noord.p50.toFixed(0)} / ${noord.p95.toFixed(0)} ms`,
          target: "p95 ≤ 200 ms",
          met: noord.p95 <= 200 && noord.errors === 0,
        },
        {
          measure: `dashboard page, origin filter (Signalen), p50 / p95 (${signalenOnly.requests} requests, ${signalenOnly.errors} errors)`,
          value: `${signalenOnly.p50.toFixed(0)} / ${signalenOnly.p95.toFixed(0)} ms`,
          target: "p95 ≤ 200 ms",
          met: signalenOnly.p95 <= 200 && signalenOnly.errors === 0,
        },
        {
          measure: `dashboard page, origin filter, two users at once on the same cores, p50 / p95 (${twoAtOnce.errors} errors)`,
          value: `${twoAtOnce.p50.toFixed(0)} / ${twoAtOnce.p95.toFixed(0)} ms`,
          target: "",
          met: "",
        },
        {
          measure: `dashboard page, origin filter, all blocks open (the print view), p50 / p95 (${allOpen.errors} errors)`,
          value: `${allOpen.p50.toFixed(0)} / ${allOpen.p95.toFixed(0)} ms`,
          target: "",
          met: "",
        },
        {
          measure: `baseline: the same figures in raw SQL on the base tables, whole city, p50 / p95 (${runs} runs)`,
          value: `${rawCity.p50.toFixed(0)} / ${rawCity.p95.toFixed(0)} ms`,
          target: `raw ÷ page p95 = ${(rawCity.p95 / city.p95).toFixed(1)}×`,
          met: "",
        },
        {
          measure: `baseline: raw SQL, one stadsdeel, p50 / p95 (${runs} runs)`,
          value: `${rawNoord.p50.toFixed(0)} / ${rawNoord.p95.toFixed(0)} ms`,
          target: `raw ÷ page p95 = ${(rawNoord.p95 / noord.p95).toFixed(1)}×`,
          met: "",
        },
      ]);
    } finally {
      await scale.stop();
    }
  } finally {
    if (!keep) await rm(dir, { recursive: true, force: true });
  }
}
printLoad("at the end");
process.exit(0);
