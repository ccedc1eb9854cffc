// A municipality takes the portal into use without the demo: a second portal
// is started on an empty database (SEED_DEMO=false) and driven the way its
// beheerder would — the printed setup link, the first beheerder, the
// gemeente's details, the Maastricht GeoJSON through the upload page
// (preview: 7 stadsdelen, 44 buurten), a department, theme and category
// routed to it, CBS figures, a regisseur for Noord invited by mail who sets
// a password, plans a stadsdeelavond and logs inbreng; deactivated, the
// regisseur's next request is refused. axe on every beheer page; the beheer
// forms are submitted from the keyboard.
import path from "node:path";
import { expect, type Page, test } from "@playwright/test";
import { type PortalProcess, projectRoot, startPortal } from "../setup/portal-process";
import { e2eSmtpPort } from "../../playwright.config";
import { expectNoAxeViolations, linkIn, waitForMail } from "./helpers";

let portal: PortalProcess;

test.beforeAll(async () => {
  test.setTimeout(240_000);
  portal = await startPortal({ SMTP_URL: `smtp://127.0.0.1:${e2eSmtpPort}`, OUTBOX_POLL_MS: "300" });
});

test.afterAll(async () => {
  await portal?.stop();
});

async function signIn(page: Page, email: string, password: string) {
  await page.goto(`${portal.url}/login`);
  await page.getByLabel("E-mailadres").fill(email);
  await page.getByLabel("Wachtwoord").fill(password);
  await page.getByRole("button", { name: "Inloggen", exact: true }).click();
  await page.waitForURL("**/medewerker");
}

test("from an empty install to the first stadsdeelavond, through the browser", async ({ browser }) => {
  test.setTimeout(180_000);
  const stamp = Date.now();
  const beheer = await (await browser.newContext()).newPage();

  // 1. the setup link printed at start creates the first beheerder
  const setupLink = /(http:\/\/localhost:\d+\/installatie\/[\w-]+)/.exec(portal.output())?.[1];
  expect(setupLink, portal.output()).toBeTruthy();
  await beheer.goto(setupLink!);
  await expectNoAxeViolations(beheer);
  await beheer.getByLabel("Uw naam").fill("Bea Beheer");
  await beheer.getByLabel("E-mailadres").fill("beheer@voorbeeldstad.nl");
  await beheer.getByLabel("Wachtwoord", { exact: true }).fill("kort");
  await beheer.getByLabel("Herhaal het wachtwoord").fill("kort");
  await beheer.getByRole("button", { name: "Beheerder aanmaken" }).click();
  await expect(beheer.getByLabel("Wachtwoord", { exact: true })).toHaveAttribute("aria-invalid", "true");
  await expect(beheer.getByLabel("Uw naam")).toHaveValue("Bea Beheer");
  await beheer.getByLabel("Wachtwoord", { exact: true }).fill("groene-brug-over-de-maas");
  await beheer.getByLabel("Herhaal het wachtwoord").fill("groene-brug-over-de-maas");
  await beheer.getByRole("button", { name: "Beheerder aanmaken" }).click();
  await expect(beheer.getByText("De beheerder is aangemaakt; deze installatielink werkt niet meer.")).toBeVisible();
  expect(await (await fetch(setupLink!)).text()).toContain("Er is al een beheerder."); // valid once
  await signIn(beheer, "beheer@voorbeeldstad.nl", "groene-brug-over-de-maas");

  // 2. the gemeente's own details, by keyboard, shown in the header at once
  await beheer.getByRole("link", { name: /^Gemeente:/ }).click();
  await expect(beheer.getByRole("heading", { level: 1 })).toHaveText("Gemeente"); // axe on the new page, not the one being left
  await expectNoAxeViolations(beheer);
  await beheer.getByLabel("Naam, zoals bewoners hem zien").fill("Gemeente Voorbeeldstad");
  await beheer.getByLabel("Algemeen e-mailadres voor vragen").fill("info@voorbeeldstad.nl");
  await beheer.getByRole("textbox", { name: "E-mailadres", exact: true }).fill("fg@voorbeeldstad.nl");
  await beheer.getByRole("button", { name: "Opslaan" }).press("Enter");
  await expect(beheer.getByText("Opgeslagen.", { exact: false })).toBeVisible();
  await expect(beheer.getByRole("banner")).toContainText("Gemeente Voorbeeldstad");

  // 3. the gebiedsindeling through the upload page: preview first, then apply
  await beheer.goto(`${portal.url}/medewerker/beheer/gebieden`);
  await expect(beheer.getByText("Er is nog geen gebiedsindeling.")).toBeVisible();
  await expectNoAxeViolations(beheer);
  await beheer.getByLabel("GeoJSON-bestand met de buurten").setInputFiles(path.join(projectRoot, "prisma/data/maastricht-buurten.geojson"));
  await beheer.getByRole("button", { name: "Voorbeeld tonen" }).press("Enter");
  await expect(beheer.getByText(/^7 stadsdelen, 44 buurten: 44 nieuw, 0 gewijzigd/)).toBeVisible();
  await expect(beheer.getByTestId("stadsdelen-voorbeeld").getByRole("row")).toHaveCount(8);
  await expectNoAxeViolations(beheer);
  await beheer.getByRole("button", { name: "Indeling toepassen" }).press("Enter");
  await expect(beheer.getByText(/Gebiedsindeling toegepast uit maastricht-buurten.geojson: 44 buurten nieuw/)).toBeVisible();
  await expect(beheer.getByText("7 stadsdelen, 7 wijken en 44 buurten.")).toBeVisible();

  // 4. CBS figures in CBS's own layout
  await beheer.goto(`${portal.url}/medewerker/beheer/referentiecijfers`);
  await expectNoAxeViolations(beheer);
  await beheer.getByLabel("CSV-bestand met cijfers per buurt").setInputFiles(path.join(projectRoot, "tests/fixtures/cbs-kerncijfers-2024.csv"));
  await beheer.getByLabel("Jaar van de cijfers").fill("2024");
  await beheer.getByRole("button", { name: "Cijfers importeren" }).press("Enter");
  await expect(beheer.getByText(/Cijfers 2024 geïmporteerd uit cbs-kerncijfers-2024.csv: 3 buurten/)).toBeVisible();
  await expect(beheer.getByRole("row", { name: /2024 Buurten 3 van 44/ })).toBeVisible();

  // 5. a department, a theme and a category routed to it
  await beheer.goto(`${portal.url}/medewerker/beheer/indeling`);
  await expectNoAxeViolations(beheer);
  const section = (name: RegExp) => beheer.getByRole("region", { name });
  await section(/^Afdelingen$/)
    .getByLabel("Naam")
    .last()
    .fill("Stadsbeheer");
  await section(/^Afdelingen$/)
    .getByRole("button", { name: "Afdeling toevoegen" })
    .press("Enter");
  await expect(section(/^Afdelingen$/).getByRole("cell", { name: "Stadsbeheer", exact: true })).toBeVisible();
  await section(/^Thema/)
    .getByLabel("Naam")
    .last()
    .fill("Groen en spelen");
  await section(/^Thema/)
    .getByLabel("Standaardafdeling (niet verplicht)")
    .last()
    .selectOption({ label: "Stadsbeheer" });
  await section(/^Thema/)
    .getByRole("button", { name: "Thema toevoegen" })
    .press("Enter");
  await expect(section(/^Thema/).getByRole("cell", { name: "Groen en spelen", exact: true })).toBeVisible();
  await section(/^Meldingcategorieën/)
    .getByLabel("Naam")
    .last()
    .fill("Losse stoeptegels");
  await section(/^Meldingcategorieën/)
    .getByLabel("Meldingen gaan naar afdeling")
    .last()
    .selectOption({ label: "Stadsbeheer" });
  await section(/^Meldingcategorieën/)
    .getByRole("button", { name: "Categorie toevoegen" })
    .press("Enter");
  await expect(section(/^Meldingcategorieën/).getByRole("row", { name: /Losse stoeptegels Stadsbeheer 14 dagen/ })).toBeVisible();

  // 6. a regisseur for Noord, invited by mail
  const email = `regisseur.noord.${stamp}@voorbeeldstad.nl`;
  await beheer.goto(`${portal.url}/medewerker/beheer/medewerkers`);
  await expectNoAxeViolations(beheer);
  await beheer.getByLabel("Naam").fill("Ruud Regisseur");
  await beheer.getByLabel("E-mailadres").fill(email);
  await beheer.getByRole("checkbox", { name: "Noord", exact: true }).press("Space");
  await beheer.getByRole("button", { name: "Uitnodigen" }).press("Enter");
  await expect(beheer.getByText("De uitnodiging is verstuurd.")).toBeVisible();
  const invitation = await waitForMail(email, "Uitnodiging voor het Stadsdeelportaal", 30_000);
  expect(invitation.text).toContain("Gemeente Voorbeeldstad");

  const regisseur = await (await browser.newContext()).newPage();
  await regisseur.goto(`${portal.url}${linkIn(invitation, "/wachtwoord/")}`);
  await regisseur.getByLabel("Wachtwoord", { exact: true }).fill("rode-lantaarn-bij-de-brug");
  await regisseur.getByLabel("Herhaal het wachtwoord").fill("rode-lantaarn-bij-de-brug");
  await regisseur.getByRole("button", { name: "Wachtwoord instellen" }).click();
  await expect(regisseur.getByText("Uw wachtwoord is ingesteld.")).toBeVisible();
  await signIn(regisseur, email, "rode-lantaarn-bij-de-brug");

  // 7. the regisseur plans a stadsdeelavond (held yesterday) and logs inbreng without the map
  const day = new Date(Date.now() - 86_400_000).toISOString().slice(0, 10);
  await regisseur.goto(`${portal.url}/medewerker/stadsdelen/noord`);
  await regisseur.getByRole("link", { name: "Nieuwe bijeenkomst plannen" }).click();
  await regisseur.getByLabel("Titel").fill("Eerste stadsdeelavond Noord");
  await regisseur.getByLabel("Begin").fill(`${day}T19:30`);
  await regisseur.getByLabel("Einde").fill(`${day}T21:30`);
  await regisseur.getByLabel("Locatie").fill("Buurthuis Borgharen");
  await regisseur.getByLabel("Adres").fill("Pastoor Kochstraat 1, Maastricht");
  await regisseur.getByRole("button", { name: "Bijeenkomst opslaan" }).click();
  await expect(regisseur.getByText("De bijeenkomst is aangemaakt als concept.")).toBeVisible();
  // a concept: residents get a 404 until the regisseur publishes it
  const meetingId = new URL(regisseur.url()).pathname.split("/").pop()!;
  expect((await regisseur.request.get(`${portal.url}/bijeenkomsten/${meetingId}`)).status()).toBe(404);
  await expect(regisseur.getByTestId("concept")).toContainText("Concept: nog niet zichtbaar voor bewoners");
  await regisseur.getByRole("button", { name: "Publiceren" }).click();
  await expect(regisseur.getByText("De bijeenkomst is gepubliceerd")).toBeVisible();
  await expect(regisseur.getByTestId("concept")).toHaveCount(0);
  const publicPage = await regisseur.request.get(`${portal.url}/bijeenkomsten/${meetingId}`);
  expect(publicPage.status()).toBe(200);
  expect(await publicPage.text()).toContain("Eerste stadsdeelavond Noord");
  await regisseur.getByRole("link", { name: "Inbreng vastleggen op de kaart" }).click();
  await regisseur.getByLabel("Of kies een buurt").selectOption({ index: 1 });
  await regisseur.getByLabel("Thema").selectOption({ label: "Groen en spelen" });
  await regisseur.getByLabel("Wat werd er gezegd?").fill("Een speelplek bij de Maasboulevard");
  await regisseur.getByRole("button", { name: "Inbreng opslaan" }).click();
  await expect(regisseur.getByRole("status").filter({ hasText: "Opgeslagen" })).toBeVisible();
  await expect(regisseur.getByTestId("inbreng-tabel").getByRole("row")).toHaveCount(2);

  // 8. deactivated by the beheerder: the regisseur's next request is refused
  await beheer.reload();
  await beheer.getByRole("link", { name: "Ruud Regisseur" }).click();
  await expect(beheer.getByRole("heading", { level: 1 })).toHaveText("Ruud Regisseur");
  await expectNoAxeViolations(beheer);
  await beheer.getByRole("button", { name: "Deactiveren" }).press("Enter");
  await expect(beheer.getByText("Ruud Regisseur is gedeactiveerd")).toBeVisible();
  await regisseur.goto(`${portal.url}/medewerker/stadsdelen/noord`);
  await expect(regisseur).toHaveURL(/\/login/);
});
