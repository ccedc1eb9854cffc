// The stadsdeeltafel's dossiers, by keyboard and mouse: the regisseur of
// Noord opens a dossier from an inbreng (with a department and a partner),
// adds an actie for a colleague of that department, moves the dossier to
// duidelijkheid with a text published as the inbreng's answer; the
// colleague finds the actie under "Mijn acties" and marks it gereed; the
// dossier then closes. axe on every page visited.
import { expect, test } from "@playwright/test";
import { expectNoAxeViolations, login, query } from "./helpers";

test("a dossier from an inbreng to duidelijkheid, with an actie done by a colleague", async ({ page, browser }) => {
  const [inbreng] = await query<{ id: string; text: string }>(
    `SELECT i.id, i.text FROM "Inbreng" i JOIN "Bijeenkomst" b ON b.id = i."bijeenkomstId" JOIN "Stadsdeel" s ON s.id = b."stadsdeelId"
     WHERE s.slug = 'noord' AND i."publicAnswer" IS NULL AND i."followUpStatus" = 'OPEN' AND NOT EXISTS (SELECT 1 FROM "DossierInbreng" d WHERE d."inbrengId" = i.id)
     ORDER BY i."createdAt" LIMIT 1`,
  );
  const title = `Hangplek e2e ${Date.now()}`;
  await login(page, "regisseur.noord@demo.example");
  await page.goto(`/medewerker/inbreng/${inbreng.id}`);
  await page.getByRole("link", { name: "Dossier openen over deze inbreng" }).click();
  await expect(page.getByTestId("dossier-bron")).toContainText(inbreng.text);
  await expectNoAxeViolations(page);
  // no title: a Dutch message next to the field, nothing saved
  await page.getByLabel("Titel").fill("");
  await page.getByLabel("Waar gaat het om? (optioneel)").fill("Jongeren op de bank bij de ingang");
  await page.getByRole("button", { name: "Dossier openen" }).click();
  await expect(page.locator("#title-fout")).toHaveText("Vul een titel in.");
  await expect(page.getByLabel("Waar gaat het om? (optioneel)")).toHaveValue("Jongeren op de bank bij de ingang"); // what was typed stays
  await page.getByLabel("Titel").fill(title);
  await page.getByLabel("Beheer Openbare Ruimte", { exact: true }).check();
  await page.getByLabel(/Politie, basisteam Maastricht/).check();
  await page.getByRole("button", { name: "Dossier openen" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Dossier: ${title}`);
  await expect(page.getByTestId("dossier-status")).toHaveText("Aangemeld");
  // an actie for the department's colleague, by keyboard
  await page.getByLabel("Wat wordt er gedaan?").fill("Schouw bij de hangplek");
  await page.getByLabel("Wie", { exact: true }).selectOption({ label: "Medewerker Beheer Openbare Ruimte (demo) (Beheer Openbare Ruimte)" });
  const due = new Date(Date.now() + 7 * 86_400_000).toISOString().slice(0, 10);
  await page.getByLabel("Uiterlijk op").fill(due);
  await page.getByLabel("Uiterlijk op").press("Enter");
  await expect(page.getByRole("row", { name: /Schouw bij de hangplek/ })).toContainText("Open");
  await expectNoAxeViolations(page);
  // duidelijkheid needs a text; with it, published to the inbreng
  await page.getByLabel("Naar").selectOption({ label: "Duidelijkheid" });
  await page.getByRole("button", { name: "Status wijzigen" }).click();
  await expect(page.locator("#clarity-fout")).toHaveText("Schrijf op wat er duidelijk is; zonder die tekst is er geen duidelijkheid.");
  await expect(page.getByLabel("Naar")).toHaveValue("DUIDELIJKHEID"); // the form keeps the choice
  const clarity = "De afdeling en de politie komen er samen op af; de bank blijft staan.";
  await page.getByLabel(/Wat is er duidelijk/).fill(clarity);
  await page.getByLabel(/als openbaar antwoord zetten/).check();
  await page.getByRole("button", { name: "Status wijzigen" }).click();
  await expect(page.getByTestId("dossier-status")).toHaveText("Duidelijkheid");
  await expect(page.getByTestId("duidelijkheid")).toContainText(clarity);
  expect((await query<{ a: string }>(`SELECT "publicAnswer" AS a FROM "Inbreng" WHERE id = $1`, [inbreng.id]))[0].a).toBe(clarity);
  // closing is refused while the actie is open
  await page.getByLabel("Naar").selectOption({ label: "Afgesloten" });
  await page.getByRole("button", { name: "Status wijzigen" }).click();
  await expect(page.locator("#toStatus-fout")).toContainText("er staat nog 1 open actie: Schouw bij de hangplek");

  // the colleague marks it gereed under "Mijn acties"
  const colleague = await (await browser.newContext()).newPage();
  await login(colleague, "medewerker.openbare-ruimte@demo.example");
  await colleague.getByRole("link", { name: "Mijn acties" }).click();
  const row = colleague.getByRole("row", { name: /Schouw bij de hangplek/ });
  await expect(row).toContainText(title);
  await expectNoAxeViolations(colleague);
  await row.getByRole("combobox").selectOption({ label: "Gereed" });
  await row.getByRole("button", { name: "Opslaan" }).click();
  await expect(colleague.getByRole("row", { name: /Schouw bij de hangplek/ })).toHaveCount(0);
  await colleague.context().close();

  // now it closes
  await page.reload();
  await page.getByLabel("Naar").selectOption({ label: "Afgesloten" });
  await page.getByRole("button", { name: "Status wijzigen" }).click();
  await expect(page.getByTestId("dossier-status")).toHaveText("Afgesloten");
  await page.goto("/medewerker/dossiers?status=alle");
  await expect(page.getByRole("link", { name: title })).toBeVisible();
  await expectNoAxeViolations(page);
});
