// The stadsdeelagenda: a regisseur adds an item for two buurten and links an
// inbreng; the public buurt agenda shows it, the inbreng's "wat is ermee
// gedaan" points to it, and the iCal feed contains it (parsed). Import with
// preview in the browser. axe on every agenda page.
import { expect, test } from "@playwright/test";
import ExcelJS from "exceljs";
import ical, { type VEvent } from "node-ical";
import { expectNoAxeViolations, login, query } from "./helpers";

test("a regisseur adds an item for two buurten and links an inbreng; public agenda, inbreng answer and iCal show it", async ({ page, browser }) => {
  const title = `Nieuwe speeltuin (e2e ${Date.now()})`;
  await login(page, "regisseur.west@demo.example");
  await page.goto("/medewerker/agenda");
  await expectNoAxeViolations(page);
  await page.getByRole("link", { name: "Agendapunt toevoegen" }).click();
  await expect(page.getByRole("heading", { name: "Agendapunt toevoegen voor West" })).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByLabel("Titel").fill(title);
  await page.getByLabel("Begin").fill("volgende maand");
  await page.getByLabel("Einde").fill("2027-Q4");
  await page.getByLabel("Pottenberg").check();
  await page.getByLabel("Daalhof").check();
  await page.getByRole("button", { name: "Agendapunt opslaan" }).click();
  // focus goes to the error summary; its link moves focus to the field, which carries the message too
  const summary = page.getByRole("alert").filter({ hasText: "Controleer de gemarkeerde velden." });
  await expect(summary).toBeFocused();
  await summary.getByRole("link", { name: /Het begin: gebruik een datum/ }).click();
  await expect(page.getByLabel("Begin")).toBeFocused();
  await expect(page.getByLabel("Begin")).toHaveAccessibleDescription(/Het begin: gebruik een datum/);
  await expect(page.getByLabel("Titel")).toHaveValue(title);
  await expect(page.getByLabel("Pottenberg")).toBeChecked();
  const month = new Date(Date.now() + 31 * 86_400_000).toISOString().slice(0, 7);
  await page.getByLabel("Begin").fill(month);
  await page.getByLabel("Thema").selectOption({ label: "Jeugd" });
  await page.getByRole("button", { name: "Agendapunt opslaan" }).click();
  await expect(page.getByText("Het agendapunt is toegevoegd.")).toBeVisible();
  await expectNoAxeViolations(page);

  const [inbreng] = await query<{ id: string; text: string }>(
    `SELECT i.id, i.text FROM "Inbreng" i JOIN "Bijeenkomst" b ON b.id = i."bijeenkomstId" JOIN "Stadsdeel" s ON s.id = b."stadsdeelId"
     WHERE s.slug = 'west' AND i."followUpStatus" = 'OPEN' AND b."startsAt" < now() ORDER BY i."createdAt" DESC LIMIT 1`,
  );
  await page.getByLabel("Inbreng koppelen").selectOption({ value: inbreng.id });
  await page.getByRole("button", { name: "Koppelen" }).click();
  await expect(page.getByText("De koppeling is opgeslagen.", { exact: true })).toBeVisible();
  await expect(page.getByTestId("gekoppeld")).toContainText(inbreng.text);
  await page.reload();
  await expect(page.getByTestId("gekoppeld")).toContainText(inbreng.text);

  const visitor = await browser.newContext();
  const pub = await visitor.newPage();
  const [pottenberg] = await query<{ code: string }>(`SELECT code FROM "Buurt" WHERE name = 'Pottenberg'`);
  await pub.goto(`/stadsdelen/west/agenda?buurt=${pottenberg.code}`);
  await expect(pub.getByRole("heading", { level: 1 })).toHaveText("Stadsdeelagenda buurt Pottenberg");
  await expect(pub.getByRole("heading", { name: title }).first()).toBeVisible();
  await expectNoAxeViolations(pub);
  await pub.goto(`/stadsdelen/west/agenda?weergave=lijst`);
  await expect(pub.getByRole("heading", { name: title })).toBeVisible();
  await expectNoAxeViolations(pub);
  // a buurt outside the item's scope does not show it
  const [belfort] = await query<{ code: string }>(`SELECT code FROM "Buurt" WHERE name = 'Belfort'`);
  await pub.goto(`/stadsdelen/west/agenda?buurt=${belfort.code}&weergave=lijst`);
  await expect(pub.getByRole("heading", { name: title })).toHaveCount(0);

  // the inbreng's "wat is ermee gedaan" points to the item
  await pub.goto(`/stadsdelen/west?zoek=1`);
  const filterForm = pub.getByRole("form", { name: "Inbreng filteren" });
  await filterForm.getByLabel("Wat is ermee gedaan").selectOption({ label: "Op de stadsdeelagenda" });
  await filterForm.getByRole("button", { name: "Filteren" }).click();
  const item = pub
    .getByTestId("publieke-inbreng")
    .getByRole("listitem")
    .filter({ hasText: `Op de stadsdeelagenda: ${title}` });
  await expect(item.first()).toContainText(`Opgenomen in de stadsdeelagenda: ${title}.`);

  // the iCal feed contains it, parsed as a calendar app would
  const feed = await pub.request.get("/stadsdelen/west/agenda.ics");
  expect(feed.headers()["content-type"]).toContain("text/calendar");
  const events = Object.values(ical.sync.parseICS(await feed.text())).filter((e): e is VEvent => e?.type === "VEVENT");
  const event = events.find((e) => e.summary === title);
  expect(event).toBeDefined();
  expect(String(event!.description)).toContain("Gebied: Daalhof, Pottenberg");
  expect(new Date(event!.start).toISOString().slice(0, 7)).toBe(month);
  await visitor.close();
});

test("import in the browser shows a preview with refused rows before anything is saved", async ({ page }) => {
  await login(page, "regisseur.zuid@demo.example");
  await page.goto("/medewerker/agenda/import");
  await expectNoAxeViolations(page);
  const key = `E2E-${Date.now()}`;
  const csv = [
    "sleutel;stadsdeel;titel;soort;begin;einde",
    `${key}-1;Zuid;Fietspad Heugem;uitvoering;2027-02;2027-05`,
    `${key}-2;Zuid;Zonder soort;;2027-02;2027-05`,
  ].join("\n");
  await page.getByLabel("Bestand (CSV of Excel)").setInputFiles({ name: "plannen.csv", mimeType: "text/csv", buffer: Buffer.from(csv) });
  await page.getByRole("button", { name: "Voorbeeld tonen" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Er is nog niets opgeslagen" })).toContainText("1 nieuw, 0 bijwerken, 0 ongewijzigd, 1 geweigerd");
  await expect(page.getByTestId("import-voorbeeld")).toContainText("soort moet beleid, uitvoering of participatie zijn");
  expect(await query(`SELECT 1 FROM "AgendaItem" WHERE "externalKey" LIKE $1`, [`${key}%`])).toHaveLength(0);
  await expectNoAxeViolations(page);
  await page.getByRole("button", { name: "1 rijen importeren" }).click();
  await expect(page.getByText("Geïmporteerd uit plannen.csv: 1 nieuw")).toBeVisible();
  expect(await query(`SELECT 1 FROM "AgendaItem" WHERE "externalKey" LIKE $1`, [`${key}%`])).toHaveLength(1);

  // export round trip: the XLSX has the import's columns and the new row
  const xlsx = await page.request.get("/medewerker/agenda/export?formaat=xlsx");
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load((await xlsx.body()) as unknown as ArrayBuffer);
  const sheet = wb.worksheets[0];
  expect((sheet.getRow(1).values as string[]).slice(1, 4)).toEqual(["sleutel", "stadsdeel", "titel"]);
  const keys: string[] = [];
  sheet.eachRow((row) => keys.push(String(row.getCell(1).value)));
  expect(keys).toContain(`${key}-1`);
  const csv2 = await page.request.get("/medewerker/agenda/export?formaat=csv");
  expect(await csv2.text()).toContain(`${key}-1;Zuid;Fietspad Heugem`);
});
