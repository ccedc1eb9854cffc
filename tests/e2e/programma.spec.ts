// The stadsdeelanalyse → programma → plan → monitor cycle through the
// browser: the regisseur of West imports a buurtpeiling CSV (preview, then
// import), reads Pottenberg against the city in the analyse table and on
// the map; drafts a four-year programma with an opgave for the focusgebied
// Pottenberg and a doel with indicator, baseline and target, and links three
// agenda items; the beheerder records the college's decision; the public
// programma page shows it, the monitor states each doel's state in words,
// and a change to the vastgesteld version is refused (no forms, and the
// database's trigger). axe on every page visited.
import { expect, test } from "@playwright/test";
import { expectNoAxeViolations, login, query } from "./helpers";

test("a regisseur analyses West, drafts a programma with a doel for Pottenberg, the beheerder sets it vastgesteld, residents read it", async ({
  page,
  request,
}) => {
  test.setTimeout(180_000);
  const year = new Date().getFullYear();
  const stamp = Date.now();
  const title = `Stadsdeelprogramma West ${year}–${year + 3} (e2e ${stamp})`;
  const buurten = await query<{ code: string; name: string }>(
    `SELECT code, name FROM "Buurt" b WHERE "stadsdeelId" = (SELECT id FROM "Stadsdeel" WHERE slug = 'west') ORDER BY code`,
  );
  const csv = [
    "indicator;gebied;periode;waarde;n;verdeling_eens;verdeling_neutraal;verdeling_oneens",
    ...buurten.map(
      (b, i) =>
        `peiling.veilig;${b.code};${year}-10-01/${year}-11-30;${b.name === "Pottenberg" ? "54" : String(70 + i)};${60 + i};${b.name === "Pottenberg" ? "54;26;20" : `${70 + i};20;${10 - i}`}`,
    ),
    `peiling.veilig;GM0935;${year}-10-01/${year}-11-30;68,5;2400;68,5;20;11,5`,
  ].join("\n");

  await login(page, "regisseur.west@demo.example");
  await page.goto("/medewerker/cijfers");
  await expect(page.getByRole("heading", { name: "Cijfers en indicatoren", level: 1 })).toBeVisible();
  await expectNoAxeViolations(page);
  const source = `Buurtpeiling West ${year} (e2e ${stamp})`;
  await page.getByLabel("Bron").fill(source);
  await page.getByLabel("CSV-bestand", { exact: true }).setInputFiles({ name: "buurtpeiling.csv", mimeType: "text/csv", buffer: Buffer.from(csv) });
  await page.getByRole("button", { name: "Voorbeeld bekijken" }).click();
  await expect(page.getByTestId("peiling-voorbeeld")).toContainText("Voelt zich veilig in de eigen buurt");
  expect(await query(`SELECT 1 FROM "IndicatorWaarde" WHERE source = $1`, [source])).toHaveLength(0);
  await page.getByRole("button", { name: "Importeren" }).click();
  await expect(page.getByText(`Geïmporteerd uit buurtpeiling.csv: ${buurten.length + 1} waarden`)).toBeVisible();
  expect(await query(`SELECT 1 FROM "IndicatorWaarde" WHERE source = $1`, [source])).toHaveLength(buurten.length + 1);

  await page.goto("/medewerker/stadsdelen/west/analyse?indicator=peiling.veilig");
  const row = page.getByTestId("analysetabel").getByRole("row", { name: /Pottenberg/ });
  await expect(row).toContainText("54 %");
  await expect(row).toContainText("68,5 %");
  await expect(row).toContainText("−14,5 %-punt");
  await expect(page.getByTestId("analysekaart")).toContainText("Pottenberg54 %");
  await expect(page.getByTestId("verdeling").getByRole("row", { name: /Pottenberg/ })).toContainText("26 %");
  await expectNoAxeViolations(page);

  // a verkenning for residents, and one for staff only: anonymous download gets the first, a 404 for the second
  await page.getByText("Document toevoegen").click();
  for (const [docTitle, open] of [
    [`Verkenning West (e2e ${stamp})`, true],
    [`Interne studie West (e2e ${stamp})`, false],
  ] as const) {
    await page.getByLabel("Titel").fill(docTitle);
    await page.getByLabel("Bestand").setInputFiles({ name: "verkenning.pdf", mimeType: "application/pdf", buffer: Buffer.from(`%PDF-1.4\n% ${docTitle}\n`) });
    if (open) await page.getByLabel("Openbaar: bewoners zien het bij de cijfers").check();
    await page.getByRole("button", { name: "Document opslaan" }).click();
    await expect(page.getByRole("link", { name: docTitle })).toBeVisible();
  }
  const docs = await query<{ id: string; title: string }>(`SELECT id, title FROM "Document" WHERE title LIKE $1 ORDER BY title`, [`%(e2e ${stamp})`]);
  const [internal, verkenning] = docs;
  const got = await request.get(`/documenten/${verkenning.id}`);
  expect([got.status(), got.headers()["content-type"], (await got.body()).toString("latin1")]).toEqual([
    200,
    "application/pdf",
    `%PDF-1.4\n% ${verkenning.title}\n`,
  ]);
  const refused = await request.get(`/documenten/${internal.id}`);
  expect(refused.status()).toBe(404);
  expect(await refused.text()).not.toContain("Interne studie");

  await page.goto("/medewerker/programmas");
  await expectNoAxeViolations(page);
  await page.getByLabel("Titel").fill(title);
  await page.getByLabel("Eerste jaar (het programma loopt vier jaar)").fill(String(year));
  await page.getByRole("button", { name: "Programma aanmaken" }).click();
  await expect(page.getByRole("heading", { name: title, level: 1 })).toBeVisible();
  const programmaUrl = page.url();

  // bad input first: no waarom — the message next to the field, the title kept
  await page.getByLabel("Opgave", { exact: true }).fill("Veiligheid en ontmoeting in Pottenberg");
  await page.getByRole("button", { name: "Opgave toevoegen" }).click();
  await expect(page.getByLabel("Waarom is dit een opgave?")).toHaveAccessibleDescription(/Vul waarom dit een opgave is in\./);
  await expect(page.getByLabel("Opgave", { exact: true })).toHaveValue("Veiligheid en ontmoeting in Pottenberg");
  await page.getByLabel("Waarom is dit een opgave?").fill("In de buurtpeiling voelen bewoners van Pottenberg zich minder veilig dan de stad.");
  await page.getByLabel("Focusgebied (optioneel)").selectOption({ label: "Pottenberg" });
  await page.getByRole("button", { name: "Opgave toevoegen" }).click();
  await expect(page.getByRole("heading", { name: "1. Veiligheid en ontmoeting in Pottenberg" })).toBeVisible();

  await page.getByText("Doel toevoegen bij Veiligheid en ontmoeting in Pottenberg").click();
  const doel = page.getByRole("form", { name: "Doel toevoegen bij Veiligheid en ontmoeting in Pottenberg" });
  await doel.getByLabel("Doel", { exact: true }).fill("Meer bewoners van Pottenberg voelen zich veilig");
  await doel.getByLabel("Indicator").selectOption({ label: "Voelt zich veilig in de eigen buurt" });
  await doel.getByLabel("Gebied").selectOption({ label: "Pottenberg" });
  await doel.getByLabel("Nulmeting", { exact: true }).fill("54");
  await doel.getByLabel("Jaar van de nulmeting").fill(String(year));
  await doel.getByLabel("Streefwaarde", { exact: true }).fill("65");
  await doel.getByLabel("Streefjaar").fill(String(year + 3));
  await doel.getByRole("button", { name: "Doel toevoegen" }).click();
  await expect(page.getByText("Voelt zich veilig in de eigen buurt in Pottenberg: van 54 % (" + year + ") naar 65 % in " + (year + 3) + ".")).toBeVisible();

  const link = page.getByRole("form", { name: "Activiteit koppelen aan Meer bewoners van Pottenberg voelen zich veilig" });
  for (let n = 1; n <= 3; n++) {
    await link.getByLabel("Agendapunt als activiteit").selectOption({ index: 1 });
    await link.getByRole("button", { name: "Koppelen" }).click();
    await expect(page.getByText(`${n} activiteiten gekoppeld.`)).toBeVisible();
  }
  await expect(page.getByText(/Op koers|Achter|Geen gegevens/).first()).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByRole("button", { name: "Uitloggen" }).click();
  await expect(page.getByRole("link", { name: "Inloggen medewerkers" })).toBeVisible();

  await login(page, "beheerder@demo.example");
  await page.goto(programmaUrl);
  await page.getByLabel("Datum van het besluit").fill(`${year}-01-15`);
  await page.getByLabel("Kenmerk van het besluit").fill(`${year}.E2E.${stamp}`);
  await page.getByRole("button", { name: "Vaststellen" }).click();
  await expect(page.getByText("Status: Vastgesteld")).toBeVisible();
  await expect(page.getByRole("heading", { name: "Opgave toevoegen" })).toHaveCount(0);
  await expect(page.getByText(/Doel toevoegen bij/)).toHaveCount(0);
  await expectNoAxeViolations(page);
  const [p] = await query<{ id: string }>(`SELECT id FROM "Programma" WHERE title = $1`, [title]);
  await expect(query(`UPDATE "Opgave" SET waarom = 'anders' WHERE "programmaId" = $1`, [p.id])).rejects.toThrow(/vastgesteld: maak een nieuwe versie/);

  // the monitor: each doel's state in words
  const states = page.getByText(/^(✓ Op koers|! Achter|\? Geen gegevens)$/);
  await expect(states).toHaveCount(1);

  await page.goto("/stadsdelen/west/programma");
  await expect(page.getByRole("heading", { name: title, level: 1 })).toBeVisible();
  await expect(page.getByText("In de buurtpeiling voelen bewoners van Pottenberg zich minder veilig dan de stad.")).toBeVisible();
  await expect(page.getByText(`kenmerk ${year}.E2E.${stamp}`)).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByRole("link", { name: "Focusgebied Pottenberg" }).first().click();
  await expect(page.getByRole("heading", { name: "Focusgebied Pottenberg" })).toBeVisible();
  await expect(page.getByText("Buurt Pottenberg: 2.390 inwoners")).toBeVisible();
  await expectNoAxeViolations(page);
});
