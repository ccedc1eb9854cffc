// Staff lists of this issue: inbreng with filters, sorting and export
// (CSV and GeoJSON parsed), a direct melding, and axe on each page.
import { expect, test } from "@playwright/test";
import { expectNoAxeViolations, login, query } from "./helpers";

test("the inbreng list filters by theme and text, and exports the same rows as CSV and GeoJSON", async ({ page }) => {
  await login(page, "regisseur.oost@demo.example");
  await page.goto("/medewerker/inbreng");
  await expectNoAxeViolations(page);
  await page.getByLabel("Thema").selectOption({ label: "Veiligheid" });
  await page.getByLabel("Zoeken in tekst").fill("verlicht");
  await page.getByRole("button", { name: "Toepassen" }).click();
  const [{ n }] = await query<{ n: string }>(
    `SELECT count(*)::text AS n FROM "Inbreng" i JOIN "Bijeenkomst" b ON b.id = i."bijeenkomstId" JOIN "Stadsdeel" s ON s.id = b."stadsdeelId" JOIN "Theme" t ON t.id = i."themeId"
     WHERE s.slug = 'oost' AND t.name = 'Veiligheid' AND i.text ILIKE '%verlicht%'`,
  );
  await expect(page.getByRole("status").filter({ hasText: "punten" })).toContainText(`${n} punten`);
  await expect(page.getByTestId("staff-inbreng").locator("tbody tr")).toHaveCount(Math.min(Number(n), 50));

  const csv = await page.request.get(
    await page
      .getByRole("link", { name: "CSV" })
      .getAttribute("href")
      .then((h) => `/medewerker/inbreng/export${h!.replace(/^\/medewerker\/inbreng\/export/, "")}`),
  );
  expect(csv.headers()["content-type"]).toContain("text/csv");
  const lines = (await csv.text()).trim().split("\r\n");
  expect(lines[0]).toContain("id;soort;thema;tekst");
  expect(lines.length - 1).toBe(Number(n));
  const geo = await page.request.get((await page.getByRole("link", { name: "GeoJSON" }).getAttribute("href"))!);
  const json = await geo.json();
  expect(json.type).toBe("FeatureCollection");
  expect(json.features.every((f: { properties: { thema: string } }) => f.properties.thema === "Veiligheid")).toBe(true);
});

test("a regisseur creates a melding directly; a regisseur of another stadsdeel may not", async ({ page }) => {
  await login(page, "regisseur.zuid@demo.example");
  await page.goto("/medewerker/stadsdelen/zuid/meldingen/nieuw");
  await expectNoAxeViolations(page);
  await page.getByRole("button", { name: "Melding maken" }).click();
  await expect(page.getByLabel("Wat is het probleem?")).toHaveAccessibleDescription(/Beschrijf het probleem\./);
  await page.getByLabel("Wat is het probleem?").fill("Losliggende tegels bij de bushalte");
  await page.getByLabel("Buurt").selectOption({ label: "Heugem" });
  await page.getByLabel("Categorie", { exact: true }).selectOption({ label: "Bestrating en losliggende tegels (termijn 21 dagen)" });
  await page.getByRole("button", { name: "Melding maken" }).click();
  await expect(page.getByText("De melding is aangemaakt.")).toBeVisible();
  expect(await query(`SELECT 1 FROM "Melding" WHERE description = 'Losliggende tegels bij de bushalte'`)).not.toHaveLength(0);
  const refused = await page.goto("/medewerker/stadsdelen/noord/meldingen/nieuw");
  expect(refused?.status()).toBe(403);
});
