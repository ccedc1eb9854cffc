// Staff: login per role with the right start page, stadsdeel scoping
// (a regisseur of Noord is refused Zuid), login errors, and axe.
import { expect, test } from "@playwright/test";
import bcrypt from "bcryptjs";
import { DEMO_PASSWORD, expectNoAxeViolations, login, query } from "./helpers";

test("without a session the staff pages send you to the login page", async ({ page }) => {
  await page.goto("/medewerker/stadsdelen/noord");
  await expect(page).toHaveURL(/\/login/);
  await expect(page.getByRole("heading", { name: "Inloggen voor medewerkers" })).toBeVisible();
});

test("a wrong password is refused with a clear message, and the e-mail stays filled in", async ({ page }) => {
  await page.goto("/login");
  await page.getByLabel("E-mailadres").fill("regisseur.noord@demo.example");
  await page.getByLabel("Wachtwoord").fill("fout");
  await page.getByRole("button", { name: "Inloggen", exact: true }).click();
  await expect(page.getByRole("alert").filter({ hasText: "klopt niet" })).toHaveText("Het e-mailadres of wachtwoord klopt niet.");
  await expect(page.getByLabel("E-mailadres")).toHaveValue("regisseur.noord@demo.example");
  await page.getByLabel("Wachtwoord").fill("");
  await page.getByRole("button", { name: "Inloggen", exact: true }).click();
  await expect(page.getByText("Vul uw wachtwoord in.")).toBeVisible();
  await expectNoAxeViolations(page);
});

test("an account with an old bcrypt hash still logs in, and the hash is replaced by argon2id at that login", async ({ page }) => {
  const email = "wethouder.centrum@demo.example";
  await query(`UPDATE "User" SET "passwordHash" = $1 WHERE email = $2`, [await bcrypt.hash(DEMO_PASSWORD, 4), email]);
  await login(page, email);
  const [{ passwordHash }] = await query<{ passwordHash: string }>(`SELECT "passwordHash" FROM "User" WHERE email = $1`, [email]);
  expect(passwordHash).toMatch(/^\$argon2id\$/);
});

test("stadsdeelregisseur: sees own stadsdeel, is refused Zuid's staff pages", async ({ page }) => {
  await login(page, "regisseur.noord@demo.example");
  await expect(page.getByRole("heading", { name: "Mijn stadsdelen" })).toBeVisible();
  const rows = page.getByRole("table").first().getByRole("row");
  await expect(rows).toHaveCount(2); // header + Noord
  await expect(rows.nth(1)).toContainText("Noord");
  await expectNoAxeViolations(page);
  // each figure opens the list behind it, with the same count
  const cells = rows.nth(1).getByRole("cell");
  const inbrengOpen = (await cells.nth(1).innerText()).trim();
  await cells.nth(1).getByRole("link").click();
  await expect(page.getByRole("status").filter({ hasText: "punten" })).toContainText(`${inbrengOpen} punten`);
  await expect(page.getByLabel("Opvolging")).toHaveValue("OPEN");
  await page.goBack();
  const unsent = (await cells.nth(4).innerText()).trim();
  await cells.nth(4).getByRole("link").click();
  await expect(page.getByRole("status")).toHaveText(`${unsent} bijeenkomsten.`);
  await page.goBack();

  await page.getByRole("link", { name: "Noord", exact: true }).first().click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Stadsdeel Noord");
  await expectNoAxeViolations(page);

  const response = await page.goto("/medewerker/stadsdelen/zuid");
  expect(response?.status()).toBe(403);
  await expect(page.getByRole("heading", { name: "Geen toegang" })).toBeVisible();
  await expect(page.getByText("Stadsdeel Zuid")).toHaveCount(0);
});

test("wethouder: sees all seven stadsdelen, own stadsdeel first", async ({ page }) => {
  await login(page, "wethouder.zuid@demo.example");
  const rows = page.getByRole("table").first().getByRole("row");
  await expect(rows).toHaveCount(8);
  await expect(rows.nth(1)).toContainText("Zuid");
  await expect(rows.nth(1)).toContainText("(uw stadsdeel)");
  await expectNoAxeViolations(page);
  const response = await page.goto("/medewerker/stadsdelen/oost");
  expect(response?.status()).toBe(200);
});

test("afdelingsmedewerker: sees the own department's queue, overdue first, and no stadsdeel pages", async ({ page }) => {
  const [dept] = await query<{ id: string; name: string }>(`SELECT id, name FROM "Department" WHERE slug = 'openbare-ruimte'`);
  const [{ open }] = await query<{ open: string }>(
    `SELECT count(*) AS open FROM "Melding" WHERE "departmentId" = $1 AND status IN ('NIEUW','DOORGEZET','IN_BEHANDELING')`,
    [dept.id],
  );
  await login(page, "medewerker.openbare-ruimte@demo.example");
  await expect(page.getByRole("heading", { name: `Meldingen voor ${dept.name}` })).toBeVisible();
  await expect(page.getByText(new RegExp(`^${open} open, waarvan`))).toBeVisible();
  await expectNoAxeViolations(page);
  const response = await page.goto("/medewerker/stadsdelen/noord");
  expect(response?.status()).toBe(403);
  expect((await page.goto("/medewerker/dashboard"))?.status()).toBe(403);
});

test("beheerder: sees what the installation holds, and that no buurt population is imported", async ({ page }) => {
  await login(page, "beheerder@demo.example");
  await expect(page.getByRole("heading", { name: "Beheer" })).toBeVisible();
  await expect(page.getByText("geen referentiecijfers geïmporteerd")).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByRole("button", { name: "Uitloggen" }).click();
  await expect(page.getByRole("link", { name: "Inloggen medewerkers" })).toBeVisible();
});

test("dashboard: the wethouder sees the own stadsdeel first, figures from the database, and axe passes", async ({ page }) => {
  await login(page, "wethouder.oost@demo.example");
  await page.getByRole("link", { name: "Dashboard" }).click();
  await expect(page.getByRole("heading", { name: "Dashboard stadsdelen" })).toBeVisible();
  // the first screen: headline figures, "aandacht nodig", the map next to its table
  // (one figure, one count: the tile, the table's column and "aandacht nodig" agree; the data tests compare them with the database)
  const rows = page.getByTestId("vergelijking").getByRole("row");
  await expect(rows.nth(1)).toContainText("Oost (uw stadsdeel)");
  await expect(rows).toHaveCount(8);
  const column = async (i: number) =>
    (await page.getByTestId("vergelijking").locator(`tbody tr td:nth-of-type(${i})`).allInnerTexts()).reduce((s, t) => s + Number(t), 0);
  const [open, overdue] = [await column(4), await column(5)];
  await expect(page.getByTestId("kc-meldingen")).toContainText(`Open meldingen${open}${overdue} over de termijn`);
  if (overdue > 0) await expect(page.getByTestId("aandacht").getByRole("link", { name: `${overdue} meldingen over de termijn` })).toBeVisible();
  const oostOpen = (await rows.nth(1).getByRole("cell").nth(3).innerText()).trim();
  await page.getByLabel("Kaart kleuren naar").selectOption({ label: "Open meldingen" });
  await page.getByRole("button", { name: "Kleuren" }).click();
  await expect(page.getByTestId("stadsdeelkaart").getByRole("link", { name: `Oost ${oostOpen} open` })).toBeVisible();
  await expect(page.getByRole("figure").filter({ has: page.getByTestId("stadsdeelkaart") })).toContainText(
    "Open meldingen: Meldingen die nu nog niet zijn afgehandeld",
  );
  await expectNoAxeViolations(page);
  const year = new Date().getUTCFullYear();
  const [{ n }] = await query<{ n: string }>(
    `SELECT count(*)::text AS n FROM "Bijeenkomst" WHERE status = 'CANCELLED' AND "startsAt" >= make_date($1, 1, 1) AND "startsAt" < make_date($1 + 1, 1, 1)`,
    [year],
  );
  await page.getByText("Alle cijfers: bijeenkomsten en deelname").click();
  await expect(page.getByTestId("deelname")).toContainText(`Geannuleerd${n}`);
  // up to last month (the other tests write meldingen and bijeenkomsten now or later, so those figures stand still):
  // the chart's table alternative lists the same numbers as the chart's text
  const lastMonth = new Date(Date.UTC(year, new Date().getUTCMonth() - 1, 1));
  const tot = lastMonth.toISOString().slice(0, 7);
  await page.goto(`/medewerker/dashboard?van=${year - 1}-01&tot=${tot}`);
  await expect(page.getByTestId("filters")).toContainText(`Getoond: januari ${year - 1} t/m `);
  // a block's tables are rendered when it is opened (a link that keeps the period in the address)
  await expect(page.getByRole("table", { name: "Per status" })).toHaveCount(0);
  await page.getByText("Alle cijfers: meldingen").click();
  await expect(page.getByTestId("fold-meldingen")).toHaveAttribute("aria-expanded", "true");
  await expect(page).toHaveURL(/open=meldingen/);
  await expect(page.getByRole("table", { name: "Per status" })).toBeVisible();
  await expectNoAxeViolations(page);
  const statusTable = page.getByRole("table", { name: "Per status" });
  const summary = await page.getByRole("img", { name: /^Meldingen per status:/ }).getAttribute("aria-label");
  const fromChart = summary!
    .replace(/^Meldingen per status: /, "")
    .replace(/\.$/, "")
    .split("; ");
  const fromTable = (await statusTable.locator("tbody tr").allInnerTexts()).map((t) => t.replace(/\s+/g, " ").trim());
  expect(fromTable).toEqual(fromChart);
  // the months run on without gaps, from January of last year to the chosen month
  const months = await page.getByRole("table", { name: "Per maand" }).locator("tbody th").allInnerTexts();
  expect(months[0]).toBe(`januari ${year - 1}`);
  expect(months).toHaveLength(12 + new Date().getUTCMonth());
  // a figure opens the list behind it, with the same count and the same period
  const afgehandeld = statusTable.getByRole("row", { name: /Afgehandeld/ }).getByRole("link");
  const closed = (await afgehandeld.innerText()).trim();
  expect(Number(closed)).toBeGreaterThan(0);
  await afgehandeld.click();
  await expect(page.getByRole("heading", { name: "Meldingen" })).toBeVisible();
  await expect(page.getByText(`${closed} meldingen.`)).toBeVisible();
  await expect(page.getByTestId("actieve-filters")).toContainText(`gemeld in januari ${year - 1} t/m `);
  await expectNoAxeViolations(page);
  await page.goBack();
  await page.getByText("Alle cijfers: bijeenkomsten en deelname").click();
  const held = page.getByTestId("deelname").locator("dt:text-is('Gehouden') + dd a");
  const heldCount = (await held.innerText()).trim();
  await held.click();
  await expect(page.getByRole("heading", { name: "Bijeenkomsten" })).toBeVisible();
  await expect(page.getByRole("status")).toHaveText(`${heldCount} bijeenkomsten.`);
  await expectNoAxeViolations(page);
  await page.goto("/medewerker/dashboard");
  // every table exports; the comparison as CSV has the seven stadsdelen, under the page's figure names
  const csv = await page.request.get("/medewerker/dashboard/export?blok=vergelijking&formaat=csv");
  const lines = (await csv.text())
    .replace(/^\uFEFF/, "")
    .trim()
    .split("\r\n");
  expect(lines).toHaveLength(8);
  expect(lines[0]).toBe("stadsdeel;bijeenkomsten gehouden;bezoeken;inbreng;open meldingen;meldingen over de termijn;mee-praters");
  expect((await page.request.get("/medewerker/dashboard/export?blok=meldingen-status&formaat=xlsx")).headers()["content-type"]).toContain("spreadsheetml");
  const ages = (await (await page.request.get("/medewerker/dashboard/export?blok=bereik-leeftijd&formaat=csv")).text())
    .replace(/^\uFEFF/, "")
    .trim()
    .split("\r\n");
  expect(ages.map((l) => l.split(";")[0])).toEqual(["leeftijd", "0–14", "15–24", "25–44", "45–64", "65+"]);
});
