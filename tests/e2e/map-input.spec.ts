// The stadsdeelregisseur's evening: plan a stadsdeelavond with two tables,
// log three inbreng by clicking the map and one with the keyboard only;
// refusals show a Dutch message; axe on every page of the flow.
import { expect, type Page, test } from "@playwright/test";
import { expectNoAxeViolations, login, query } from "./helpers";

async function clickInsideBuurt(page: Page, index: number) {
  // scrolled into view, then a click in the middle of the buurt's outline
  await page.locator("path.map-buurt").nth(index).click({ force: true });
}

test("a regisseur plans a stadsdeelavond, logs inbreng on the map and by keyboard, routes a melding that the department closes, and the public page shows the answer", async ({
  page,
  browser,
}) => {
  test.setTimeout(120_000);
  const title = `Stadsdeelavond Noord-West (e2e ${Date.now()})`;
  // held last night, logged this morning: so its inbreng shows on the public page
  const day = new Date(Date.now() - 86_400_000).toISOString().slice(0, 10);
  await login(page, "regisseur.noord-west@demo.example");
  await page.goto("/medewerker/stadsdelen/noord-west");
  await page.getByRole("link", { name: "Nieuwe bijeenkomst plannen" }).click();
  await expect(page.getByRole("heading", { name: "Nieuwe bijeenkomst in Noord-West" })).toBeVisible();
  await expectNoAxeViolations(page);

  // invalid first: the typed values stay, the message sits next to the field
  await page.getByLabel("Titel").fill(title);
  await page.getByLabel("Begin").fill(`${day}T19:30`);
  await page.getByLabel("Einde").fill(`${day}T19:00`);
  await page.getByLabel("Locatie").fill("Wijkcentrum Malberg");
  await page.getByLabel("Adres").fill("Malbergsingel 1, Maastricht");
  await page.getByRole("button", { name: "Bijeenkomst opslaan" }).click();
  await expect(page.getByLabel("Einde")).toHaveAccessibleDescription(/De eindtijd moet na de begintijd liggen\./);
  await expect(page.getByLabel("Titel")).toHaveValue(title);
  expect(await query(`SELECT 1 FROM "Bijeenkomst" WHERE title = $1`, [title])).toHaveLength(0);

  await page.getByLabel("Einde").fill(`${day}T22:00`);
  await page.getByLabel("Gespreksleider tafel 1").fill("raadslid Hermans");
  await page.getByLabel("Gespreksleider tafel 2").fill("raadslid Frissen");
  await page.getByRole("button", { name: "Bijeenkomst opslaan" }).click();
  await expect(page.getByText("De bijeenkomst is aangemaakt als concept.")).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByRole("button", { name: "Publiceren" }).click();
  await expect(page.getByText("De bijeenkomst is gepubliceerd")).toBeVisible();
  const [b] = await query<{ id: string; tafels: string }>(
    `SELECT b.id, count(t.id)::text AS tafels FROM "Bijeenkomst" b JOIN "Gesprekstafel" t ON t."bijeenkomstId" = b.id WHERE b.title = $1 GROUP BY b.id`,
    [title],
  );
  expect(b.tafels).toBe("2");

  await page.getByRole("link", { name: "Inbreng vastleggen op de kaart" }).click();
  await expect(page.locator('.inbreng-map[data-ready="true"]')).toBeVisible();
  await expectNoAxeViolations(page);
  // from the top of the editor the form comes before the map's markers: at most 4 Tabs
  await page.getByRole("heading", { level: 1 }).click();
  let tabs = 0;
  while (tabs < 4 && !(await page.evaluate(() => !!document.activeElement?.closest('form[aria-labelledby="invoer-kop"]')))) {
    await page.keyboard.press("Tab");
    tabs++;
  }
  expect(await page.evaluate(() => !!document.activeElement?.closest('form[aria-labelledby="invoer-kop"]'))).toBe(true);

  const texts = ["Oversteek bij de school is gevaarlijk", "Mooi nieuw park", "Meer bankjes langs de Maas"];
  for (const [i, text] of texts.entries()) {
    await clickInsideBuurt(page, i * 2);
    await expect(page.getByText("Punt op de kaart gekozen")).toBeVisible();
    await page.getByLabel("Thema").selectOption({ label: "Verkeer en parkeren" });
    await page.getByLabel("Wat werd er gezegd?").fill(text);
    await page.getByRole("button", { name: "Inbreng opslaan" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Opgeslagen" })).toBeVisible();
    await expect(page.getByTestId("inbreng-tabel").getByRole("row")).toHaveCount(i + 2);
  }
  await expect(page.locator(".inbreng-pin")).toHaveCount(3);

  // keyboard only: buurt from the list, Alt+3 for "idee", Ctrl+Enter to save
  await page.getByLabel("Of kies een buurt").focus();
  await page.keyboard.press("ArrowDown");
  await page.keyboard.press("ArrowDown");
  await page.keyboard.press("Tab");
  await page.keyboard.press("Alt+3");
  await page.getByLabel("Thema").focus();
  await page.keyboard.press("ArrowDown");
  await page.getByLabel("Wat werd er gezegd?").focus();
  await page.keyboard.type("Een buurtmoestuin op het braakliggende terrein");
  await page.keyboard.press("Control+Enter");
  await expect(page.getByRole("status").filter({ hasText: "Opgeslagen: idee" })).toBeVisible();
  await expect(page.getByTestId("inbreng-tabel").getByRole("row")).toHaveCount(5);

  // refusals: empty text
  await page.getByLabel("Of kies een buurt").selectOption({ index: 1 });
  await page.getByLabel("Wat werd er gezegd?").fill("");
  await page.getByRole("button", { name: "Inbreng opslaan" }).click();
  await expect(page.getByText("Vul de tekst in.")).toBeVisible();

  const rows = await query<{ text: string; buurt: string; kind: string }>(
    `SELECT i.text, bu.name AS buurt, i.kind FROM "Inbreng" i JOIN "Buurt" bu ON bu.id = i."buurtId" WHERE i."bijeenkomstId" = $1 ORDER BY i."createdAt"`,
    [b.id],
  );
  expect(rows.map((r) => r.text)).toEqual([...texts, "Een buurtmoestuin op het braakliggende terrein"]);
  expect(rows[3].kind).toBe("IDEE");
  const [sd] = await query<{ n: string }>(
    `SELECT count(*)::text AS n FROM "Inbreng" i JOIN "Buurt" bu ON bu.id = i."buurtId" JOIN "Stadsdeel" s ON s.id = bu."stadsdeelId" WHERE i."bijeenkomstId" = $1 AND s.slug = 'noord-west'`,
    [b.id],
  );
  expect(sd.n).toBe("4");
  await expectNoAxeViolations(page);

  // turn the first one into a melding, forwarded to the category's department
  await page.getByRole("link", { name: texts[0] }).click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText(texts[0]);
  await expectNoAxeViolations(page);
  await page.getByLabel("Categorie", { exact: true }).selectOption({ label: "Verkeersveiligheid (termijn 42 dagen)" });
  await page.getByLabel("Nummer in het meldingensysteem (optioneel)").fill("MOR-E2E-1");
  await page.getByRole("button", { name: "Melding maken" }).click();
  await expect(page.getByText("De melding is aangemaakt.")).toBeVisible();
  const [melding] = await query<{ id: string; status: string; dept: string }>(
    `SELECT m.id, m.status, d.slug AS dept FROM "Melding" m JOIN "Department" d ON d.id = m."departmentId" JOIN "Inbreng" i ON i.id = m."inbrengId" WHERE i.text = $1 AND i."bijeenkomstId" = $2`,
    [texts[0], b.id],
  );
  expect([melding.status, melding.dept]).toEqual(["DOORGEZET", "verkeer"]);

  // the department takes it and closes it with a public answer
  const staff = await browser.newContext();
  const dept = await staff.newPage();
  await login(dept, "medewerker.verkeer@demo.example");
  await dept.goto("/medewerker/meldingen");
  await expectNoAxeViolations(dept);
  await dept.getByRole("link", { name: texts[0] }).first().click();
  await expect(dept.getByRole("heading", { level: 1 })).toContainText(texts[0]);
  // the place: the point as text and on a small map of its buurt
  const [point] = await query<{ lat: number; lng: number }>(`SELECT lat, lng FROM "Melding" WHERE id = $1`, [melding.id]);
  await expect(dept.getByTestId("coordinaten")).toHaveText(`${point.lat.toFixed(5)}, ${point.lng.toFixed(5)}`);
  await expect(dept.locator("path.map-point")).toHaveCount(1);
  await expectNoAxeViolations(dept);
  // the inbreng behind it is readable for the department, with a way back to the melding
  await dept.getByRole("link", { name: /^Uit / }).click();
  await expect(dept.getByRole("heading", { level: 1 })).toContainText(texts[0]);
  await expectNoAxeViolations(dept);
  await dept.getByRole("link", { name: /← Melding bij/ }).click();
  // a jump straight to "afgehandeld" is not offered, and a close without answer is refused
  await expect(dept.getByLabel("Nieuwe status").locator("option")).toHaveText(["In behandeling", "Afgewezen"]);
  await dept.getByRole("button", { name: "Status wijzigen" }).click();
  await expect(dept.getByText("De status is nu in behandeling.")).toBeVisible();
  await dept.goto(`/medewerker/meldingen/${melding.id}`);
  await dept.getByLabel("Nieuwe status").selectOption({ label: "Afgehandeld" });
  await dept.getByRole("button", { name: "Status wijzigen" }).click();
  await expect(dept.getByText(/Een melding sluiten kan alleen met een antwoord/).first()).toBeVisible();
  await dept.getByLabel("Openbaar antwoord (verplicht bij afhandelen of afwijzen)").fill("Er komt een zebrapad met verlichting bij de school.");
  await dept.getByRole("button", { name: "Status wijzigen" }).click();
  await expect(dept.getByText("De status is nu afgehandeld.")).toBeVisible();
  await staff.close();

  // the public stadsdeel page shows the answer next to the inbreng, without personal data
  const visitor = await browser.newContext();
  const pub = await visitor.newPage();
  await pub.goto("/stadsdelen/noord-west");
  await expect(pub.locator(".public-inbreng-map[data-drawn]")).toBeVisible();
  const item = pub.getByTestId("publieke-inbreng").getByRole("listitem").filter({ hasText: texts[0] }).filter({ hasText: title });
  await expect(item).toContainText("Afgerond: Er komt een zebrapad met verlichting bij de school.");
  await expect(pub.getByTestId("publieke-inbreng")).not.toContainText("(demo)");
  await expectNoAxeViolations(pub);
  await visitor.close();
});
