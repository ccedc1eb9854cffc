// Beheer of staff accounts as a beheerder would do it: invite a regisseur for
// Noord by keyboard (the invitation arrives at the SMTP server), the
// regisseur chooses a password and logs in to Noord, the beheerder
// deactivates the account and the regisseur's next request is refused.
// axe on the beheer pages; other roles are refused them.
import { expect, test } from "@playwright/test";
import { expectNoAxeViolations, linkIn, login, waitForMail } from "./helpers";

test("invite a regisseur, who sets a password and logs in; deactivated, the next request is refused", async ({ browser }) => {
  test.setTimeout(120_000);
  const stamp = Date.now();
  const email = `regisseur.nieuw.${stamp}@gemeente.example`;
  const name = `Nieuwe Regisseur ${stamp}`;
  const beheer = await (await browser.newContext()).newPage();
  await login(beheer, "beheerder@demo.example");
  await beheer.getByRole("link", { name: "Medewerkers" }).click();
  await expect(beheer.getByRole("heading", { name: "Medewerkers", level: 1 })).toBeVisible();
  await expectNoAxeViolations(beheer);

  // a regisseur without stadsdeel is refused next to the field, and what was typed stays
  await beheer.getByLabel("Naam").fill(name);
  await beheer.getByLabel("E-mailadres").fill(email);
  await beheer.getByRole("button", { name: "Uitnodigen" }).press("Enter");
  await expect(beheer.getByRole("alert").filter({ hasText: "Kies minstens één stadsdeel voor een stadsdeelregisseur." })).toBeFocused();
  await expect(beheer.getByLabel("E-mailadres")).toHaveValue(email);
  await beheer.getByRole("checkbox", { name: "Noord", exact: true }).focus();
  await beheer.keyboard.press("Space");
  await beheer.getByRole("button", { name: "Uitnodigen" }).press("Enter");
  await expect(beheer.getByText("De uitnodiging is verstuurd.")).toBeVisible();

  const invitation = await waitForMail(email, "Uitnodiging voor het Stadsdeelportaal");
  const regisseur = await (await browser.newContext()).newPage();
  await regisseur.goto(linkIn(invitation, "/wachtwoord/"));
  await regisseur.getByLabel("Wachtwoord", { exact: true }).fill("rode-lantaarn-bij-de-brug");
  await regisseur.getByLabel("Herhaal het wachtwoord").fill("rode-lantaarn-bij-de-brug");
  await regisseur.getByRole("button", { name: "Wachtwoord instellen" }).click();
  await expect(regisseur.getByText("Uw wachtwoord is ingesteld.")).toBeVisible();
  await login(regisseur, email, "rode-lantaarn-bij-de-brug");
  await expect(regisseur.getByRole("table").first().getByRole("row").nth(1)).toContainText("Noord");

  await beheer.reload();
  await beheer.getByRole("link", { name }).click();
  await expect(beheer.getByRole("heading", { name })).toBeVisible();
  await expectNoAxeViolations(beheer);
  await beheer.getByRole("button", { name: "Deactiveren" }).click();
  await expect(beheer.getByText(`${name} is gedeactiveerd`)).toBeVisible();

  await regisseur.goto("/medewerker/stadsdelen/noord");
  await expect(regisseur).toHaveURL(/\/login/);
});

test("the beheer pages are refused to other roles, with nothing of their content in the body", async ({ page }) => {
  await login(page, "wethouder.noord@demo.example");
  const r = await page.goto("/medewerker/beheer/medewerkers");
  expect(r?.status()).toBe(403);
  expect(await page.content()).not.toContain("beheerder@demo.example");
  for (const [path, marker] of [
    ["gebieden", "Nu in gebruik"],
    ["referentiecijfers", "Aanwezige cijfers"],
    ["gemeente", "Functionaris gegevensbescherming"],
    ["indeling", "Meldingcategorieën en routering"],
    ["meldingensysteem", "Categorieën koppelen"],
  ]) {
    const response = await page.request.get(`/medewerker/beheer/${path}`);
    expect(response.status(), path).toBe(403);
    expect(await response.text(), path).not.toContain(marker);
    const rsc = await page.request.get(`/medewerker/beheer/${path}`, { headers: { RSC: "1" } }); // a client navigation's request
    expect(await rsc.text(), `${path} (RSC)`).not.toContain(marker);
  }
});

test("the catalogue: a department and a category routed to it, a duplicate refused next to the field; axe", async ({ page }) => {
  const stamp = Date.now();
  await login(page, "beheerder@demo.example");
  await page.getByRole("link", { name: "Afdelingen, thema's en categorieën" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Afdelingen, thema's en categorieën");
  await expectNoAxeViolations(page);
  await page.locator("#afdeling-nieuw-name").fill(`Havens ${stamp}`);
  await page.getByRole("button", { name: "Afdeling toevoegen" }).press("Enter");
  await expect(page.getByRole("cell", { name: `Havens ${stamp}`, exact: true })).toBeVisible();
  await page.locator("#afdeling-nieuw-name").fill(`havens ${stamp}`);
  await page.getByRole("button", { name: "Afdeling toevoegen" }).press("Enter");
  await expect(page.locator("#afdeling-nieuw-name-fout")).toHaveText("Er is al een afdeling met deze naam.");
  await page.locator("#categorie-nieuw-name").fill(`Kademuur ${stamp}`);
  await page.locator("#categorie-nieuw-dept").selectOption({ label: `Havens ${stamp}` });
  await page.locator("#categorie-nieuw-days").fill("7");
  await page.getByRole("button", { name: "Categorie toevoegen" }).press("Enter");
  const row = page.getByRole("row", { name: new RegExp(`Kademuur ${stamp}`) });
  await expect(row).toContainText(`Havens ${stamp}`);
  await expect(row).toContainText("7 dagen");
});
