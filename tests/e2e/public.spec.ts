// Public pages: the city map with 7 stadsdelen and its list alternative,
// the stadsdeel page filled from the database, keyboard use, and axe.
import { expect, test } from "@playwright/test";
import { newToken } from "../../lib/tokens.ts";
import { expectNoAxeViolations, query } from "./helpers";

test("the home map shows the 7 stadsdelen, and a click opens one", async ({ page }) => {
  await page.goto("/");
  await expect(page.locator("path.map-area")).toHaveCount(7);
  await expect(page.getByTestId("stadsdelen-lijst").getByRole("link")).toHaveCount(7);
  // the map's controls speak Dutch
  await expect(page.getByRole("button", { name: "Inzoomen" })).toBeVisible();
  await expect(page.getByRole("button", { name: "Uitzoomen" })).toBeVisible();
  await page.locator("path.map-area-noord-west").click({ force: true });
  await expect(page).toHaveURL(/\/stadsdelen\/noord-west$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Stadsdeel Noord-West");
});

test("without a mouse: Tab reaches the list alternative and Enter opens a stadsdeel", async ({ page }) => {
  await page.goto("/");
  await page.keyboard.press("Tab");
  await expect(page.getByRole("link", { name: "Naar de inhoud" })).toBeFocused();
  const target = page.getByTestId("stadsdelen-lijst").getByRole("link", { name: "Centrum" });
  for (let i = 0; i < 40 && !(await target.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press("Tab");
  await expect(target).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/stadsdelen\/centrum$/);
});

test("a map can be skipped by keyboard: 'Kaart overslaan' moves past its controls", async ({ page }) => {
  await page.goto("/");
  const skip = page.getByRole("link", { name: "Kaart overslaan" }).first();
  for (let i = 0; i < 30 && !(await skip.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press("Tab");
  await expect(skip).toBeFocused();
  await page.keyboard.press("Enter");
  await page.keyboard.press("Tab");
  expect(await page.evaluate(() => !!document.activeElement?.closest(".leaflet-container"))).toBe(false);
  expect(await page.evaluate(() => document.activeElement?.tagName)).not.toBe("BODY");
});

test("the stadsdeel page shows its buurten, people, bijeenkomsten and agenda from the database", async ({ page }) => {
  const [s] = await query<{ id: string; wethouderName: string }>(`SELECT id, "wethouderName" FROM "Stadsdeel" WHERE slug = 'noord'`);
  const buurten = await query<{ name: string }>(`SELECT name FROM "Buurt" WHERE "stadsdeelId" = $1 ORDER BY name`, [s.id]);
  const upcoming = await query<{ title: string }>(
    `SELECT title FROM "Bijeenkomst" WHERE "stadsdeelId" = $1 AND status = 'PLANNED' AND "startsAt" >= now() ORDER BY "startsAt"`,
    [s.id],
  );
  const agenda = await query<{ title: string }>(
    `SELECT title FROM "AgendaItem" WHERE "stadsdeelId" = $1 AND "isPublic" AND "periodEnd" >= now() AND "periodStart" <= now() + interval '365 days'`,
    [s.id],
  );
  await page.goto("/stadsdelen/noord");
  await expect(page.locator("path.map-area")).toHaveCount(buurten.length);
  const listed = await page.getByTestId("buurten-lijst").getByRole("listitem").allTextContents();
  expect(listed.sort()).toEqual(buurten.map((b) => b.name).sort());
  await expect(page.getByText(s.wethouderName)).toBeVisible();
  for (const b of upcoming) await expect(page.getByRole("heading", { name: b.title, level: 3 })).toBeVisible();
  expect(agenda.length).toBeGreaterThan(0);
  for (const a of agenda) await expect(page.getByRole("heading", { name: a.title, level: 3 })).toBeVisible();
});

test("an unknown stadsdeel says so, with status 404", async ({ page }) => {
  const response = await page.goto("/stadsdelen/atlantis");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { name: "Pagina niet gevonden" })).toBeVisible();
});

test("the printable district map shows every buurt name", async ({ page }) => {
  const buurten = await query<{ name: string }>(
    `SELECT b.name FROM "Buurt" b JOIN "Stadsdeel" s ON s.id = b."stadsdeelId" WHERE s.slug = 'zuid-west' ORDER BY b.name`,
  );
  await page.goto("/stadsdelen/zuid-west/kaart");
  await expect(page.locator(".area-label")).toHaveCount(buurten.length);
  expect((await page.locator(".area-label").allTextContents()).sort()).toEqual(buurten.map((b) => b.name));
  await expectNoAxeViolations(page);
});

for (const path of [
  "/",
  "/stadsdelen/noord",
  "/stadsdelen/zuid",
  "/toegankelijkheid",
  "/privacy",
  "/login",
  "/stadsdelen/atlantis",
  "/mijn",
  "/mijn/verlopen-link-0123456789",
  "/afmelden/verlopen-link-0123456789",
  "/installatie/verlopen-link-0123456789",
  "/wachtwoord/verlopen-link-0123456789",
  "/overleg-uitnodiging/verlopen-link-0123456789",
]) {
  test(`axe: no violations on ${path}`, async ({ page }) => {
    await page.goto(path);
    if (path === "/" || (path.startsWith("/stadsdelen/") && path !== "/stadsdelen/atlantis")) await expect(page.locator("path.map-area").first()).toBeVisible();
    await expectNoAxeViolations(page);
  });
}

test("a set-password link: the form by keyboard, a weak password refused next to the field, a strong one set once", async ({ page }) => {
  const link = newToken();
  const [u] = await query<{ id: string }>(
    `INSERT INTO "User" (id, email, name, role, "updatedAt") VALUES ($1, $2, 'Nieuwe Collega', 'WETHOUDER', now()) RETURNING id`,
    [`e2e-${Date.now()}`, `collega.${Date.now()}@demo.example`],
  );
  await query(`INSERT INTO "StaffToken" (id, "tokenHash", purpose, "userId", "expiresAt") VALUES ($1, $2, 'set-password', $3, now() + interval '1 day')`, [
    `e2e-${Date.now()}`,
    link.hash,
    u.id,
  ]);
  await page.goto(`/wachtwoord/${link.token}`);
  await expect(page.getByText("Voor Nieuwe Collega")).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByLabel("Wachtwoord", { exact: true }).fill("kort");
  await page.getByLabel("Herhaal het wachtwoord").fill("kort");
  await page.getByRole("button", { name: "Wachtwoord instellen" }).press("Enter");
  await expect(page.getByLabel("Wachtwoord", { exact: true })).toHaveAccessibleDescription(/Kies een wachtwoord van minstens 12 tekens\./);
  await page.getByLabel("Wachtwoord", { exact: true }).fill("groene-brug-over-de-maas");
  await page.getByLabel("Herhaal het wachtwoord").fill("groene-brug-over-de-maas");
  await page.getByRole("button", { name: "Wachtwoord instellen" }).press("Enter");
  await expect(page.getByText("Uw wachtwoord is ingesteld.")).toBeVisible();
  await page.goto(`/wachtwoord/${link.token}`);
  await expect(page.getByText("Deze link is verlopen of al gebruikt.")).toBeVisible();
});
