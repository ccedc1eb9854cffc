// Authorisation lives in the data: every staff page and route, requested as
// every role against records outside that role's scope, both as a document
// request and as an RSC navigation request whose router state says the
// layouts are already loaded (so a check only in a layout is skipped). The
// body must hold none of the foreign record's fields, whatever the status.
// A beheerder's requests are the positive control: the same markers do show
// up for someone who may see them, so the check can fail.
import { type APIRequestContext, type Browser, expect, test } from "@playwright/test";
import { computeCacheBustingSearchParam } from "next/dist/shared/lib/router/utils/cache-busting-search-param.js";
import { expectNoAxeViolations, login, query } from "./helpers";

type Segment = string | [param: string, value: string];
type Target = { url: string; route?: Segment[] };

/**
 * The router state of a client that already shows `route` with other search
 * params: every layout is shared with the target, only the page differs, so
 * Next renders just the page (and a layout-only check never runs).
 */
function routerState(route: Segment[]): string {
  let tree: unknown[] = ['__PAGE__?{"al":"geladen"}', {}];
  for (const s of [...route].reverse()) tree = [typeof s === "string" ? s : [s[0], s[1], "d", null], { children: tree }];
  return encodeURIComponent(JSON.stringify(["", { children: tree }, null, null, 1]));
}

async function bodies(request: APIRequestContext, t: Target): Promise<{ kind: string; status: number; body: string }[]> {
  const out = [];
  const doc = await request.get(t.url, { maxRedirects: 0 });
  out.push({ kind: "document", status: doc.status(), body: await doc.text() });
  if (t.route) {
    const tree = routerState(t.route);
    // the _rsc search param Next expects for these headers (else it answers 307)
    const bust = await computeCacheBustingSearchParam("0", undefined, tree, undefined);
    const url = `${t.url}${t.url.includes("?") ? "&" : "?"}_rsc=${bust}`;
    const rsc = await request.get(url, { maxRedirects: 0, headers: { RSC: "1", "Next-Router-State-Tree": tree } });
    out.push({ kind: "rsc", status: rsc.status(), body: await rsc.text() });
  }
  return out;
}

async function foreignZuid() {
  const [b] = await query<{ id: string; address: string }>(
    `SELECT b.id, b.address FROM "Bijeenkomst" b JOIN "Stadsdeel" s ON s.id = b."stadsdeelId"
     WHERE s.slug = 'zuid' AND b.status = 'HELD' AND EXISTS (SELECT 1 FROM "Verslag" v WHERE v."bijeenkomstId" = b.id)
     ORDER BY (SELECT count(*) FROM "Registration" r WHERE r."bijeenkomstId" = b.id) DESC LIMIT 1`,
  );
  const people = await query<{ name: string; email: string }>(
    `SELECT p.name, p.email FROM "Registration" r JOIN "Participant" p ON p.id = r."participantId"
     WHERE r."bijeenkomstId" = $1 AND p.name IS NOT NULL AND r.status <> 'CANCELLED' ORDER BY r."createdAt" LIMIT 5`,
    [b.id],
  );
  const [i] = await query<{ id: string; text: string }>(
    `SELECT i.id, i.text FROM "Inbreng" i WHERE i."bijeenkomstId" = $1 AND length(i.text) > 20
     AND NOT EXISTS (SELECT 1 FROM "Melding" m JOIN "Department" d ON d.id = m."departmentId" WHERE m."inbrengId" = i.id AND d.slug = 'openbare-ruimte') LIMIT 1`,
    [b.id],
  );
  const [m] = await query<{ id: string; description: string }>(
    `SELECT m.id, m.description FROM "Melding" m JOIN "Stadsdeel" s ON s.id = m."stadsdeelId" JOIN "Department" d ON d.id = m."departmentId"
     WHERE s.slug = 'zuid' AND d.slug <> 'openbare-ruimte' AND length(m.description) > 20 LIMIT 1`,
  );
  const [a] = await query<{ id: string; title: string }>(
    `SELECT a.id, a.title FROM "AgendaItem" a JOIN "Stadsdeel" s ON s.id = a."stadsdeelId" LEFT JOIN "Department" d ON d.id = a."departmentId"
     WHERE s.slug = 'zuid' AND (d.slug IS NULL OR d.slug <> 'openbare-ruimte') AND length(a.title) > 12 LIMIT 1`,
  );
  const [d] = await query<{ id: string; title: string }>(
    `SELECT d.id, d.title FROM "Dossier" d JOIN "Stadsdeel" s ON s.id = d."stadsdeelId"
     WHERE s.slug = 'zuid' AND NOT EXISTS (SELECT 1 FROM "DossierDepartment" dd JOIN "Department" x ON x.id = dd."departmentId" WHERE dd."dossierId" = d.id AND x.slug = 'openbare-ruimte')
       AND NOT EXISTS (SELECT 1 FROM "Actie" a JOIN "User" u ON u.id = a."ownerUserId" WHERE a."dossierId" = d.id AND u.email = 'medewerker.openbare-ruimte@demo.example')
     ORDER BY d.title LIMIT 1`,
  );
  const texts = await query<{ text: string }>(
    `SELECT text FROM (
       SELECT r."needsOther" AS text FROM "Registration" r WHERE r."bijeenkomstId" = $1
       UNION ALL SELECT e.comment FROM "Evaluation" e JOIN "Registration" r ON r.id = e."registrationId" WHERE r."bijeenkomstId" = $1
       UNION ALL SELECT x.text FROM "Reactie" x JOIN "VerslagVersion" v ON v.id = x."versionId" JOIN "Verslag" vs ON vs.id = v."verslagId" WHERE vs."bijeenkomstId" = $1
     ) t WHERE length(text) > 15`,
    [b.id],
  );
  expect(people.length).toBeGreaterThan(0);
  const personal = [...people.flatMap((p) => [p.name, p.email]), ...texts.map((t) => t.text)];
  return { b, i, m, a, d, personal, records: [b.address, i.text, m.description, a.title, d.title] };
}

async function as(browser: Browser, email: string) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await login(page, email);
  return context;
}

const staff = ["(staff)", "medewerker"];

function detailTargets(z: Awaited<ReturnType<typeof foreignZuid>>): Target[] {
  const bij = (sub: string[]): Target => ({
    url: `/medewerker/bijeenkomsten/${z.b.id}${sub
      .filter((s) => !s.startsWith("("))
      .map((s) => `/${s}`)
      .join("")}`,
    route: [...staff, "bijeenkomsten", ["id", z.b.id], ...sub],
  });
  return [
    bij(["(detail)"]),
    bij(["aanmeldingen", "(overview)"]),
    bij(["inbreng"]),
    bij(["verslag"]),
    { url: `/medewerker/bijeenkomsten/${z.b.id}/aanmeldingen/export` },
    { url: `/medewerker/inbreng/${z.i.id}`, route: [...staff, "inbreng", ["id", z.i.id], "(detail)"] },
    { url: `/medewerker/meldingen/${z.m.id}`, route: [...staff, "meldingen", ["id", z.m.id], "(detail)"] },
    { url: `/medewerker/agenda/${z.a.id}`, route: [...staff, "agenda", ["id", z.a.id], "(detail)"] },
    { url: `/medewerker/dossiers/${z.d.id}`, route: [...staff, "dossiers", ["id", z.d.id], "(detail)"] },
    { url: `/medewerker/dossiers/nieuw?inbreng=${z.i.id}`, route: [...staff, "dossiers", "nieuw"] },
  ];
}

function stadsdeelTargets(): Target[] {
  const sd = (sub: string[]): Target => ({
    url: `/medewerker/stadsdelen/zuid${sub
      .filter((s) => !s.startsWith("("))
      .map((s) => `/${s}`)
      .join("")}`,
    route: [...staff, "stadsdelen", ["slug", "zuid"], ...sub],
  });
  return [
    sd(["(overview)"]),
    sd(["bereik"]),
    sd(["bijeenkomsten", "nieuw"]),
    sd(["meldingen", "nieuw"]),
    { url: "/medewerker/inbreng?stadsdeel=zuid", route: [...staff, "inbreng", "(list)"] },
    { url: "/medewerker/inbreng/export?stadsdeel=zuid" },
    { url: "/medewerker/meldingen?stadsdeel=zuid&alle=1", route: [...staff, "meldingen", "(list)"] },
    { url: "/medewerker/agenda?stadsdeel=zuid", route: [...staff, "agenda", "(list)"] },
    { url: "/medewerker/agenda/export?stadsdeel=zuid" },
    { url: "/medewerker/bijeenkomsten?stadsdeel=zuid", route: [...staff, "bijeenkomsten", "(list)"] },
    { url: "/medewerker/outbox", route: [...staff, "outbox"] },
    { url: "/medewerker/dossiers?stadsdeel=zuid&status=alle", route: [...staff, "dossiers", "(list)"] },
  ];
}

/** What a reader would see: HTML entities and JSON escapes undone. */
function normalise(body: string): string {
  return body
    .replace(/\\+"/g, '"')
    .replace(/\\+n/g, "\n")
    .replace(/&#x27;|&#39;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&amp;/g, "&");
}

async function expectNone(request: APIRequestContext, targets: Target[], markers: string[], who: string) {
  const leaks: string[] = [];
  for (const t of targets) {
    for (const r of await bodies(request, t)) {
      const body = normalise(r.body);
      const found = markers.filter((m) => body.includes(m.slice(0, 30)));
      if (found.length) leaks.push(`${who} ${r.kind} ${t.url} (${r.status}): ${found.slice(0, 2).join(" | ")}`);
    }
  }
  expect(leaks).toEqual([]);
}

test.describe("no foreign record in any body, document or RSC", () => {
  test.describe.configure({ timeout: 180_000 });

  test("regisseur of Noord: nothing of Zuid", async ({ browser }) => {
    const z = await foreignZuid();
    const ctx = await as(browser, "regisseur.noord@demo.example");
    await expectNone(ctx.request, [...detailTargets(z), ...stadsdeelTargets()], [...z.records, ...z.personal], "regisseur.noord");
    await ctx.close();
  });

  test("afdelingsmedewerker: nothing of Zuid's meetings, nor another department's meldingen and agenda", async ({ browser }) => {
    const z = await foreignZuid();
    const ctx = await as(browser, "medewerker.openbare-ruimte@demo.example");
    await expectNone(ctx.request, [...detailTargets(z), ...stadsdeelTargets()], [...z.records, ...z.personal], "afdeling");
    await ctx.close();
  });

  test("wethouder: may read Zuid, but no resident's name, address or free text", async ({ browser }) => {
    const z = await foreignZuid();
    const ctx = await as(browser, "wethouder.noord@demo.example");
    await expectNone(ctx.request, [...detailTargets(z), ...stadsdeelTargets()], z.personal, "wethouder");
    // and the meetings themselves are readable: the check is not simply "refuse everything"
    const page = await ctx.request.get(`/medewerker/bijeenkomsten/${z.b.id}`);
    expect(page.status()).toBe(200);
    expect(await page.text()).toContain(z.b.address);
    await ctx.close();
  });

  test("partner (politie): only the dossiers their organisation is in, never a resident's data", async ({ browser }) => {
    const z = await foreignZuid();
    const politie = `SELECT 1 FROM "Organisation" o WHERE o.kind = 'POLITIE' AND (
        EXISTS (SELECT 1 FROM "DossierOrganisation" x WHERE x."dossierId" = d.id AND x."organisationId" = o.id)
        OR EXISTS (SELECT 1 FROM "Actie" a WHERE a."dossierId" = d.id AND a."ownerOrganisationId" = o.id)
        OR EXISTS (SELECT 1 FROM "SessiePunt" p JOIN "Sessie" s ON s.id = p."sessieId" JOIN "OverlegSeat" z ON z."overlegId" = s."overlegId" WHERE p."dossierId" = d.id AND z."organisationId" = o.id))`;
    // a dossier without the politie whose title no politie dossier shares (demo titles repeat per stadsdeel)
    const [other] = await query<{ id: string; title: string }>(`SELECT d.id, d.title FROM "Dossier" d WHERE NOT EXISTS (${politie})
      AND d.title NOT IN (SELECT d.title FROM "Dossier" d WHERE EXISTS (${politie})) ORDER BY d.title LIMIT 1`);
    const [own] = await query<{ id: string; title: string }>(`SELECT d.id, d.title FROM "Dossier" d WHERE EXISTS (${politie}) ORDER BY d.title LIMIT 1`);
    expect(other, "a dossier the politie has nothing to do with").toBeTruthy();
    const dossier = (id: string): Target => ({ url: `/medewerker/dossiers/${id}`, route: [...staff, "dossiers", ["id", id], "(detail)"] });
    const ctx = await as(browser, "partner.politie@demo.example");
    const own_ = [{ url: "/medewerker", route: [...staff, "(start)"] }, { url: "/medewerker/acties", route: [...staff, "acties"] }, dossier(own.id)];
    await expectNone(
      ctx.request,
      [...detailTargets(z), ...stadsdeelTargets(), dossier(other.id), ...own_, { url: "/medewerker/dashboard", route: [...staff, "dashboard"] }],
      [z.b.address, other.title, ...z.personal],
      "partner.politie",
    );
    // the dossier of their own organisation does open (the check is not "refuse everything"), without links into the gemeente's pages
    const page = await ctx.request.get(`/medewerker/dossiers/${own.id}`);
    expect(page.status()).toBe(200);
    const html = normalise(await page.text());
    expect(html).toContain(own.title);
    expect(html).not.toMatch(/href="\/medewerker\/(inbreng|meldingen|agenda)\//);
    await ctx.close();
  });

  test("an overleg, its sessie and lists: nothing for a regisseur of another stadsdeel, nor for a partner who does not sit at it", async ({ browser }) => {
    const foreignOverleg = async (where: string) => {
      const [o] = await query<{ id: string; name: string; sessie: string }>(
        `SELECT o.id, o.name, (SELECT s.id FROM "Sessie" s WHERE s."overlegId" = o.id AND EXISTS (SELECT 1 FROM "SessiePunt" p WHERE p."sessieId" = s.id) ORDER BY s."startsAt" DESC LIMIT 1) AS sessie
         FROM "Overleg" o WHERE ${where} ORDER BY o.name LIMIT 1`,
      );
      const base = [...staff, "overleggen", ["id", o.id] as Segment];
      const targets: Target[] = [
        { url: `/medewerker/overleggen/${o.id}`, route: [...base, "(detail)"] },
        { url: `/medewerker/overleggen/${o.id}/sessies/${o.sessie}`, route: [...base, "sessies", ["sessieId", o.sessie], "(sessie)"] },
        { url: `/medewerker/overleggen/${o.id}/sessies/${o.sessie}/lijst`, route: [...base, "sessies", ["sessieId", o.sessie], "lijst"] },
        { url: "/medewerker/overleggen", route: [...staff, "overleggen", "(list)"] },
      ];
      return { o, targets };
    };
    const zuid = await foreignOverleg(`o."stadsdeelId" = (SELECT id FROM "Stadsdeel" WHERE slug = 'zuid')`);
    let ctx = await as(browser, "regisseur.noord@demo.example");
    await expectNone(ctx.request, zuid.targets, [zuid.o.name], "regisseur.noord");
    await ctx.close();
    const notPolitie = await foreignOverleg(
      `NOT EXISTS (SELECT 1 FROM "OverlegSeat" z JOIN "Organisation" g ON g.id = z."organisationId" WHERE z."overlegId" = o.id AND g.kind = 'POLITIE')`,
    );
    ctx = await as(browser, "partner.politie@demo.example");
    await expectNone(ctx.request, notPolitie.targets, [notPolitie.o.name], "partner.politie");
    // the partner's own tafel does open, without the forms of whoever runs it
    const own = await foreignOverleg(
      `EXISTS (SELECT 1 FROM "OverlegSeat" z JOIN "Organisation" g ON g.id = z."organisationId" WHERE z."overlegId" = o.id AND g.kind = 'POLITIE')`,
    );
    const page = await ctx.request.get(`/medewerker/overleggen/${own.o.id}/sessies/${own.o.sessie}`);
    expect(page.status()).toBe(200);
    const html = normalise(await page.text());
    expect(html).toContain(own.o.name);
    expect(html).not.toContain("Aanwezigheid opslaan");
    await ctx.close();
  });

  test("beheerder (control): the same requests do show the markers", async ({ browser }) => {
    const z = await foreignZuid();
    const ctx = await as(browser, "beheerder@demo.example");
    for (const r of await bodies(ctx.request, detailTargets(z)[1])) {
      expect(r.status, r.kind).toBe(200);
      expect(normalise(r.body), r.kind).toContain(z.personal[0]);
    }
    const melding = await bodies(ctx.request, detailTargets(z)[6]);
    for (const r of melding) expect(normalise(r.body), r.kind).toContain(z.m.description.slice(0, 30));
    for (const r of await bodies(ctx.request, detailTargets(z)[8])) expect(normalise(r.body), r.kind).toContain(z.d.title);
    await ctx.close();
  });
});

test("every page carries a nonce-based Content-Security-Policy, and Next's scripts carry the nonce", async ({ page }) => {
  const response = await page.goto("/stadsdelen/noord");
  const csp = response?.headers()["content-security-policy"] ?? "";
  const nonce = /'nonce-([^']+)'/.exec(csp)?.[1];
  expect(nonce).toBeTruthy();
  expect(csp).toContain("frame-ancestors 'none'");
  // every script the server wrote carries it (chunks loaded later are trusted through 'strict-dynamic')
  const html = (await response!.text()).replace(/<template[\s\S]*?<\/template>/g, "");
  const scripts = [...html.matchAll(/<script\b[^>]*>/g)].map((m) => m[0]);
  expect(scripts.length).toBeGreaterThan(0);
  expect(scripts.filter((tag) => !tag.includes(`nonce="${nonce}"`))).toEqual([]);
  // the map still draws under the policy
  await expect(page.locator(".leaflet-container").first()).toBeVisible();
});

test("the verwerkingsregister: generated from the schema for the beheerder, refused to everyone else", async ({ browser }) => {
  const beheerder = await as(browser, "beheerder@demo.example");
  const page = await beheerder.newPage();
  await page.goto("/medewerker");
  await page.getByRole("link", { name: "Verwerkingsregister (AVG)" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Verwerkingsregister");
  const contact = page.getByRole("region", { name: "Naam, e-mailadres en postcode van bewoners" });
  await expect(contact).toContainText("Participant.email");
  await expect(contact).toContainText("RETENTION_MONTHS");
  await expectNoAxeViolations(page);
  await beheerder.close();
  for (const email of ["wethouder.noord@demo.example", "regisseur.noord@demo.example"]) {
    const ctx = await as(browser, email);
    const r = await ctx.request.get("/medewerker/beheer/verwerkingsregister");
    expect(r.status()).toBe(403);
    expect(await r.text()).not.toContain("Participant.email");
    await ctx.close();
  }
});
