// The public page cache against real PostgreSQL: every table is either known
// to the cache (its trigger says which kind of change it is) or named here
// as not shown on any cached page; a write through a real server action or
// the worker's rollup refresh drops exactly the cached pages of its kind
// once it commits — and a refused action drops nothing; an answer rendered
// before a change is not stored after it; without the listening connection
// the cache answers nothing.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createAgendaItemAction } from "../../lib/actions/agenda/create-agenda-item.ts";
import { saveGemeenteAction } from "../../lib/actions/beheer/save-gemeente.ts";
import { answerInbrengAction } from "../../lib/actions/inbreng/answer-inbreng.ts";
import { saveIndicatorAction } from "../../lib/actions/indicator/save-indicator.ts";
import { registerAction } from "../../lib/actions/registration/register-for-bijeenkomst.ts";
import type { SessionUser } from "../../lib/auth/permissions.ts";
import { listenForChanges } from "../../lib/http/public-cache/listen.ts";
import { gunzipSync } from "node:zlib";
import { type CachedResponse, deflateParts, gzipWithNonce, joinWithNonce, PublicPageCache, splitAtNonce } from "../../lib/http/public-cache/page-cache.ts";
import { cacheableRequest, PUBLIC_TAGS, type PublicTag } from "../../lib/http/public-cache/routes.ts";
import { refreshDashboardRollups } from "../../lib/jobs/refresh-dashboard-rollups.ts";
import { sessionUser } from "../setup/actions.ts";
import { createTestDatabase, type TestDatabase } from "../setup/database.ts";

// tables no cached page reads (the pages that show them are staff pages or a resident's own link)
const NOT_ON_PUBLIC_PAGES = [
  "_prisma_migrations",
  "User",
  "Participant",
  "Consent",
  "Evaluation",
  "Melding",
  "MeldingSource",
  "SignalenCategory",
  "SignalenWaiting",
  "MeldingStatusChange",
  "OverlegSeat",
  "SessieAanwezigheid",
  "ResidentToken",
  "StaffToken",
  "IntegrationMessage",
  "WorkerHeartbeat",
  "OutboxMessage",
  "AuditEvent",
  "RateLimit",
  "rate_limits",
  "dashboard_change",
  "dashboard_refresh",
  "melding_delta",
];

let db: TestDatabase;
let cache: PublicPageCache;
let listening: { close(): Promise<void> };
let beheerder: SessionUser;
let regisseur: SessionUser;
let wethouder: SessionUser;

const entry = (tags: readonly PublicTag[], body = "<p>page</p>"): CachedResponse => ({
  status: 200,
  headers: [["content-type", "text/html"]],
  parts: [Buffer.from(body)],
  deflated: deflateParts([Buffer.from(body)]),
  nonce: null,
  tags,
});

/** One cached page per tag; returns the tags whose page is gone after everything committed so far. */
async function dropped(write: () => Promise<unknown>): Promise<string[]> {
  await cache.sync();
  for (const tag of PUBLIC_TAGS) expect(cache.store(`/page-of-${tag}`, entry([tag]), cache.snapshot([tag]))).toBe(true);
  await write();
  await cache.sync();
  return PUBLIC_TAGS.filter((tag) => !cache.get(`/page-of-${tag}`));
}

beforeAll(async () => {
  db = await createTestDatabase("demo");
  process.env.DATABASE_URL = db.url;
  cache = new PublicPageCache({ maxBytes: 1e6, ttlMs: 60_000 });
  listening = listenForChanges(cache, db.url);
  for (let i = 0; i < 100 && !cache.online; i++) await new Promise((r) => setTimeout(r, 50));
  beheerder = await sessionUser(db.prisma, "beheerder@demo.example");
  regisseur = await sessionUser(db.prisma, "regisseur.noord@demo.example");
  wethouder = await sessionUser(db.prisma, "wethouder.noord@demo.example");
});

afterAll(async () => {
  await listening?.close();
});

describe("which tables tell the cache", () => {
  it("every table has the cache's trigger or is named as not shown on a cached page", async () => {
    const tables = await db.prisma.$queryRaw<{ schema: string; name: string; triggered: boolean }[]>`
      SELECT n.nspname AS schema, c.relname AS name,
             EXISTS (SELECT 1 FROM pg_trigger t WHERE t.tgrelid = c.oid AND t.tgname LIKE 'sdp_public%') AS triggered
      FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
      WHERE c.relkind IN ('r', 'p') AND n.nspname IN ('public', 'rollup')`;
    const unknown = tables.filter((t) => !t.triggered && !NOT_ON_PUBLIC_PAGES.includes(t.name)).map((t) => `${t.schema}.${t.name}`);
    expect(unknown).toEqual([]);
    expect(tables.filter((t) => t.triggered).length).toBeGreaterThan(50);
  });
});

describe("a committed change drops the pages of its kind, and only those", () => {
  it("a resident's registration: pages that show bijeenkomsten (seats left)", async () => {
    const stadsdeel = await db.prisma.stadsdeel.findFirstOrThrow({ where: { slug: "noord" }, include: { buurten: { take: 1 } } });
    const b = await db.prisma.bijeenkomst.create({
      data: {
        kind: "STADSDEELAVOND",
        title: "Cache-test",
        stadsdeelId: stadsdeel.id,
        startsAt: new Date(Date.now() + 7 * 86_400_000),
        endsAt: new Date(Date.now() + 7 * 86_400_000 + 9e6),
        locationName: "Buurthuis",
        address: "Straat 1",
        capacity: 20,
      },
    });
    const form = { bijeenkomstId: b.id, name: "Bewoner Cache", email: "cache@voorbeeld.nl", buurtId: stadsdeel.buurten[0].id, partySize: "1", consent: "on" };
    expect(await dropped(async () => expect((await registerAction.run(form, db.prisma, "192.0.2.1")).ok).toBe(true))).toEqual(["bijeenkomst"]);
  });

  it("a public answer to inbreng", async () => {
    const inbreng = await db.prisma.inbreng.findFirstOrThrow({ where: { bijeenkomst: { stadsdeel: { slug: "noord" } } } });
    const write = () =>
      answerInbrengAction.run(regisseur, { inbrengId: inbreng.id, followUpStatus: "AFGEROND", publicAnswer: "Er komt een drempel." }, db.prisma);
    expect(await dropped(async () => expect((await write()).ok).toBe(true))).toEqual(["inbreng"]);
  });

  it("an agenda item", async () => {
    const noord = await db.prisma.stadsdeel.findFirstOrThrow({ where: { slug: "noord" } });
    const input = {
      stadsdeelId: noord.id,
      kind: "UITVOERING",
      title: "Cache: vergroening",
      description: "Twee schoolpleinen.",
      periodStart: "2027-Q1",
      periodEnd: "2027-06",
      status: "GEPLAND",
      progress: "0",
      isPublic: "on",
      buurtIds: [],
    };
    expect(await dropped(async () => expect((await createAgendaItemAction.run(regisseur, input, db.prisma)).ok).toBe(true))).toEqual(["agenda"]);
  });

  it("the gemeente's details (on every page)", async () => {
    const valid = {
      name: "Gemeente Cachestad",
      contactEmail: "info@cachestad.nl",
      contactPhone: "14 099",
      postalAddress: "Postbus 1, 9999 AA Cachestad",
      privacyOfficerName: "M. de Vries",
      privacyOfficerEmail: "fg@cachestad.nl",
      accessibilityStatus: "B",
      accessibilityEvaluatedOn: "2026-10-01",
      accessibilityReportUrl: "https://www.toegankelijkheidsverklaring.nl/register/12345",
    };
    expect(await dropped(async () => expect((await saveGemeenteAction.run(beheerder, valid, db.prisma)).ok).toBe(true))).toEqual(["gemeente"]);
  });

  it("an indicator", async () => {
    const good = {
      code: "peiling.cache",
      name: "Tevreden over de buurt",
      unit: "PERCENTAGE",
      polarity: "HOGER_BETER",
      kind: "EFFECT",
      source: "Buurtpeiling",
      sourceUrl: "",
      licence: "",
      question: "",
      cbsKey: "",
    };
    expect(await dropped(async () => expect((await saveIndicatorAction.run(beheerder, good, db.prisma)).ok).toBe(true))).toEqual(["cijfers"]);
  });

  it("a melding counted by the worker's rollup refresh (the melding itself is on no public page)", async () => {
    const buurt = await db.prisma.buurt.findFirstOrThrow({ where: { stadsdeel: { slug: "noord" } } });
    const like = await db.prisma.melding.findFirstOrThrow();
    const melding = () =>
      db.prisma.melding.create({
        data: {
          description: "Losse stoeptegel",
          buurtId: buurt.id,
          stadsdeelId: buurt.stadsdeelId,
          categoryId: like.categoryId,
          departmentId: like.departmentId,
          dueAt: new Date(Date.now() + 5 * 86_400_000),
        },
      });
    await refreshDashboardRollups(db.prisma);
    expect(await dropped(melding)).toEqual([]);
    expect(await dropped(() => refreshDashboardRollups(db.prisma))).toEqual(["meldingen"]);
    expect(await dropped(() => refreshDashboardRollups(db.prisma))).toEqual([]); // nothing new: the pages stay
  });

  it("refused actions and a rolled-back write drop nothing", async () => {
    const inbreng = await db.prisma.inbreng.findFirstOrThrow({ where: { bijeenkomst: { stadsdeel: { slug: "noord" } } } });
    expect(
      await dropped(async () => {
        expect((await answerInbrengAction.run(wethouder, { inbrengId: inbreng.id, followUpStatus: "AFGEROND", publicAnswer: "x" }, db.prisma)).ok).toBe(false);
        expect((await saveGemeenteAction.run(beheerder, { name: " " }, db.prisma)).ok).toBe(false);
        await db.prisma
          .$transaction(async (tx) => {
            await tx.stadsdeel.updateMany({ data: { wethouderName: "Teruggedraaid" } });
            throw new Error("rollback");
          })
          .catch(() => {});
      }),
    ).toEqual([]);
  });
});

describe("the cache's own rules", () => {
  it("does not keep an answer rendered before a change that committed while it rendered", async () => {
    await cache.sync();
    const snapshot = cache.snapshot(["gebied"]);
    await db.prisma.$executeRaw`UPDATE "Stadsdeel" SET "wethouderName" = "wethouderName"`;
    await cache.sync();
    expect(cache.store("/stadsdelen/noord", entry(["gebied"]), snapshot)).toBe(false);
    expect(cache.store("/stadsdelen/noord", entry(["gebied"]), cache.snapshot(["gebied"]))).toBe(true);
  });

  it("lets a request for a page being rendered wait for that render (at most as long as it is told)", async () => {
    expect(await cache.fillOf("/bijeenkomsten", 1000)).toBe(false);
    const done = cache.startFill("/bijeenkomsten");
    let waited = false;
    const waiting = cache.fillOf("/bijeenkomsten", 5000).then((r) => (waited = r));
    await new Promise((r) => setTimeout(r, 50));
    expect(waited).toBe(false);
    done();
    await waiting;
    expect(waited).toBe(true);
    expect(await cache.fillOf("/bijeenkomsten", 1000)).toBe(false);
    cache.startFill("/agenda-never-ends");
    const t = performance.now();
    expect(await cache.fillOf("/agenda-never-ends", 100)).toBe(true);
    expect(performance.now() - t).toBeGreaterThanOrEqual(95);
  });

  it("puts a fresh nonce wherever the render had its own, in the plain and in the gzipped answer", () => {
    const parts = splitAtNonce(Buffer.from(`<script nonce="N0N0">a</script>"nonce":"N0N0"<p>N0</p>`), "N0N0");
    expect(joinWithNonce(parts, "FRESH").toString()).toBe(`<script nonce="FRESH">a</script>"nonce":"FRESH"<p>N0</p>`);
    const page = Buffer.from(`N0N0${"<li>Buurt Wyckerpoort</li>".repeat(4000)}<script nonce="N0N0"></script>N0N0N0N0${"é".repeat(70_000)}N0N0`);
    for (const body of [page, Buffer.from("geen nonce"), Buffer.alloc(0)]) {
      const split = splitAtNonce(body, "N0N0");
      const fresh = Buffer.from(crypto.randomUUID()).toString("base64");
      const gz = gzipWithNonce(split, deflateParts(split), fresh);
      expect(gunzipSync(gz).equals(joinWithNonce(split, fresh))).toBe(true);
      expect(gunzipSync(gz).toString()).toBe(body.toString().replaceAll("N0N0", fresh));
    }
    expect(gzipWithNonce(splitAtNonce(page, "N0N0"), deflateParts(splitAtNonce(page, "N0N0")), "x").length).toBeLessThan(page.length / 20);
  });

  it("answers only listed public routes with listed parameters, one entry whatever their order", () => {
    expect(cacheableRequest("/stadsdelen/noord?thema=x&soort=IDEE")).toEqual({
      key: "/stadsdelen/noord?soort=IDEE&thema=x",
      tags: expect.arrayContaining(["inbreng"]),
    });
    expect(cacheableRequest("/stadsdelen/noord?soort=IDEE&thema=x")?.key).toBe("/stadsdelen/noord?soort=IDEE&thema=x");
    for (const url of [
      "/verslagen/abc?t=geheim",
      "/mijn/abc",
      "/mijn/abc/gegevens",
      "/afmelden/abc",
      "/evaluatie/abc",
      "/overleg-uitnodiging/abc",
      "/medewerker",
      "/vind-uw-stadsdeel?adres=x",
      "//evil.example/",
      "http://evil.example/",
      "/stadsdelen/noord?utm=1",
      "/login",
    ]) {
      expect(cacheableRequest(url), url).toBeNull();
    }
  });

  it("answers nothing while the listening connection is down, and again once it is back", async () => {
    await cache.sync();
    expect(cache.store("/privacy", entry(["gemeente"]), cache.snapshot(["gemeente"]))).toBe(true);
    await db.prisma
      .$executeRaw`SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = 'sdp-public-cache' AND datname = current_database()`;
    for (let i = 0; i < 100 && cache.online; i++) await new Promise((r) => setTimeout(r, 20));
    expect(cache.online).toBe(false);
    expect(cache.get("/privacy")).toBeUndefined();
    for (let i = 0; i < 200 && !cache.online; i++) await new Promise((r) => setTimeout(r, 50));
    expect(cache.online).toBe(true);
    expect(cache.get("/privacy")).toBeUndefined(); // emptied: changes may have been missed meanwhile
  });
});
