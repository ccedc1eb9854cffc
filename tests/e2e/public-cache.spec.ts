// The public page cache through the real server: an anonymous visitor's
// second request is answered from the cache, with a fresh CSP nonce that
// matches every nonce in the page; a resident's registration in the browser
// shows on the very next request for the page (seats left); a signed-in
// colleague's page (with their name) is never stored, nor served to the
// next visitor; a resident's own link, its data download and a verslag's
// staff link are never cached and say so (Cache-Control: no-store); a
// request with a forged Host header cannot put its host into a cached feed.
import http from "node:http";
import { expect, request, test } from "@playwright/test";
import { newToken } from "../../lib/tokens.ts";
import { login, query } from "./helpers";

const nonces = (html: string) => [...new Set([...html.matchAll(/nonce="([^"]+)"|\\"nonce\\":\\"([^\\"]+)\\"/g)].map((m) => m[1] ?? m[2]))];
const headerNonce = (csp: string | undefined) => /'nonce-([^']+)'/.exec(csp ?? "")?.[1];

test("an anonymous page comes from the cache with a fresh nonce each time", async ({ baseURL }) => {
  const visitor = await request.newContext({ baseURL });
  const first = await visitor.get("/toegankelijkheid");
  const second = await visitor.get("/toegankelijkheid");
  expect(first.status()).toBe(200);
  expect(second.headers()["x-cache"]).toBe("HIT");
  expect(second.headers()["cache-control"]).toBe("public, max-age=0, must-revalidate");
  const [a, b] = [await first.text(), await second.text()];
  const [na, nb] = [headerNonce(first.headers()["content-security-policy"]), headerNonce(second.headers()["content-security-policy"])];
  expect(na).toBeTruthy();
  expect(nb).not.toBe(na);
  expect(nonces(a)).toEqual([na]);
  expect(nonces(b)).toEqual([nb]);
  expect(b.replaceAll(nb!, "N")).toBe(a.replaceAll(na!, "N"));
  await visitor.dispose();
});

test("a registration in the browser shows on the next request for the public page", async ({ page, baseURL }) => {
  const stamp = Date.now();
  const [sd] = await query<{ id: string }>(`SELECT id FROM "Stadsdeel" WHERE slug = 'zuid-west'`);
  const id = `e2e-cache-${stamp}`;
  await query(
    `INSERT INTO "Bijeenkomst" (id, kind, title, description, "stadsdeelId", "startsAt", "endsAt", "locationName", address, capacity, "updatedAt")
     VALUES ($1, 'WIJKGESPREK', $2, 'Over de cache.', $3, now() + interval '12 days', now() + interval '12 days 2 hours', 'Buurthuis', 'Straat 1, Maastricht', 2, now())`,
    [id, `Wijkgesprek cache (e2e ${stamp})`, sd.id],
  );
  const visitor = await request.newContext({ baseURL });
  await visitor.get(`/bijeenkomsten/${id}`);
  const cached = await visitor.get(`/bijeenkomsten/${id}`);
  expect(cached.headers()["x-cache"]).toBe("HIT");
  expect(await cached.text()).toContain("Nog 2 plaatsen vrij");

  await page.goto(`/bijeenkomsten/${id}`);
  await page.getByLabel("Naam").fill("Cees Cache");
  await page.getByLabel("E-mailadres").fill(`cees.${stamp}@voorbeeld.nl`);
  await page.getByLabel("Uw buurt").selectOption({ index: 1 });
  await page.getByLabel(/Ik geef toestemming/).check();
  await page.getByRole("button", { name: "Aanmelden" }).click();
  await expect(page.getByTestId("plaatsen")).toHaveText("Nog 1 plaats vrij");

  const after = await visitor.get(`/bijeenkomsten/${id}`);
  expect(after.headers()["x-cache"]).toBe("MISS");
  expect(await after.text()).toContain("Nog 1 plaats vrij");
  const list = await visitor.get("/bijeenkomsten?stadsdeel=zuid-west");
  expect(await list.text()).toContain(`Wijkgesprek cache (e2e ${stamp})`);
  await visitor.dispose();
});

test("a signed-in colleague's page is not stored, and the next visitor does not see it", async ({ page, baseURL }) => {
  await login(page, "regisseur.noord@demo.example");
  const [me] = await query<{ name: string }>(`SELECT name FROM "User" WHERE email = 'regisseur.noord@demo.example'`);
  const staff = await page.goto("/");
  expect(staff!.headers()["x-cache"]).toBe("BYPASS");
  expect(await page.getByRole("navigation", { name: "Hoofdmenu" }).textContent()).toContain(me.name);
  const visitor = await request.newContext({ baseURL });
  for (let i = 0; i < 2; i++) {
    const anon = await visitor.get("/");
    expect(["HIT", "MISS"]).toContain(anon.headers()["x-cache"]);
    const html = await anon.text();
    expect(html).toContain("Inloggen medewerkers");
    expect(html).not.toContain("Mijn werkplek");
  }
  await visitor.dispose();
});

test("a resident's own pages, their data and a verslag's staff link are never cached", async ({ baseURL }) => {
  const stamp = Date.now();
  const people = [`Dirk Eigen ${stamp}`, `Els Eigen ${stamp}`];
  const links: string[] = [];
  for (const [i, name] of people.entries()) {
    const pid = `e2e-cache-p${i}-${stamp}`;
    await query(`INSERT INTO "Participant" (id, name, email, "updatedAt") VALUES ($1, $2, $3, now())`, [pid, name, `eigen${i}.${stamp}@voorbeeld.nl`]);
    const link = newToken();
    await query(
      `INSERT INTO "ResidentToken" (id, "tokenHash", purpose, "participantId", "expiresAt") VALUES ($1, $2, 'manage', $3, now() + interval '30 days')`,
      [`${pid}-t`, link.hash, pid],
    );
    links.push(link.token);
  }
  const visitor = await request.newContext({ baseURL });
  for (const [i, token] of links.entries()) {
    for (const path of [`/mijn/${token}`, `/mijn/${token}/gegevens`, `/mijn/${token}/gegevens.json`]) {
      const res = await visitor.get(path);
      expect(res.status(), path).toBe(200);
      expect(res.headers()["x-cache"], path).toBe("BYPASS");
      expect(res.headers()["cache-control"], path).toContain("no-store");
      const body = await res.text();
      expect(body).toContain(people[i]);
      expect(body).not.toContain(people[1 - i]);
    }
  }
  const [verslag] = await query<{ id: string }>(`SELECT "bijeenkomstId" AS id FROM "Verslag" LIMIT 1`);
  const withLink = await visitor.get(`/verslagen/${verslag.id}?t=${newToken().token}`);
  expect(withLink.headers()["x-cache"]).toBe("BYPASS");
  await visitor.dispose();
});

/** A GET with headers fetch() will not send (Host). */
function rawGet(baseURL: string, path: string, headers: Record<string, string>): Promise<string> {
  return new Promise((resolve, reject) => {
    http
      .get(new URL(path, baseURL), { headers }, (res) => {
        let body = "";
        res.setEncoding("utf8");
        res.on("data", (c) => (body += c));
        res.on("end", () => resolve(body));
      })
      .on("error", reject);
  });
}

test("a forged Host header does not end up in a cached feed", async ({ baseURL }) => {
  await query(`UPDATE "AgendaItem" SET "updatedAt" = now() WHERE false`); // a fresh start for the feeds in the cache
  const forged = await rawGet(baseURL!, "/stadsdelen/noord/agenda.ics", { host: "evil.example", "x-forwarded-host": "evil.example" });
  expect(forged).toContain("BEGIN:VCALENDAR");
  expect(forged).toContain(`URL;VALUE=URI:${baseURL}/stadsdelen/noord/agenda`);
  expect(forged).not.toContain("evil.example");
  const visitor = await request.newContext({ baseURL });
  const feed = await visitor.get("/stadsdelen/noord/agenda.ics");
  expect(feed.headers()["x-cache"]).toBe("HIT");
  expect(await feed.text()).not.toContain("evil.example");
  await visitor.dispose();
});
