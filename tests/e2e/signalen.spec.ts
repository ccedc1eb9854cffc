// The beheerder connects the portal to Signalen (a local fake started by the
// test), fetches, sees the unmapped categories with their waiting meldingen,
// maps one, fetches again, and the meldingen are there — read-only, with
// their SIG number; then another system's meldingen as CSV. axe on the pages.
import { expect, test } from "@playwright/test";
import { labelPoint, type AreaGeometry } from "../../lib/geo/geometry";
import { categoryUrl, startSignalenFake, type FakeSignal } from "../setup/signalen-fake";
import { expectNoAxeViolations, login, query, refreshRollups } from "./helpers";

test("the beheerder connects Signalen, maps a category, and its meldingen come in read-only; a regisseur pushes a melding from inbreng", async ({
  page,
  browser,
}) => {
  const buurten = await query<{ geometry: AreaGeometry }>(`SELECT geometry FROM "Buurt" ORDER BY code LIMIT 10`);
  const gat = categoryUrl("wegen", "gat-in-de-weg");
  const afval = categoryUrl("afval", "zwerfafval");
  const signals: FakeSignal[] = Array.from({ length: 30 }, (_, k) => {
    const [lng, lat] = labelPoint(buurten[k % buurten.length].geometry);
    const at = new Date(Date.UTC(2026, 10, 1, 9, k)).toISOString();
    return { id: 9000 + k, text: `Losliggende tegel ${k}`, state: "m", stateText: "", category: k < 20 ? gat : afval, lng, lat, createdAt: at, updatedAt: at };
  });
  const fake = await startSignalenFake(signals, "e2e-systeemaccount-token");
  try {
    await login(page, "beheerder@demo.example");
    await page.getByRole("link", { name: "Meldingensysteem (Signalen)" }).click();
    await expect(page.getByRole("heading", { name: "Meldingensysteem (Signalen)" })).toBeVisible();
    await page.getByLabel("Adres van Signalen").fill(fake.url);
    await page.getByLabel("Token van het systeemaccount").fill("e2e-systeemaccount-token");
    await page.getByRole("button", { name: "Opslaan" }).click();
    await expect(page.getByText("Opgeslagen. De volgende ronde")).toBeVisible();
    await page.getByRole("button", { name: "Nu ophalen" }).click();
    // (the worker's own five-minute pull may come first; the counts below are the database's, whoever fetched)
    await expect(page.getByTestId("sync-verslag")).toContainText("Opgehaald:");
    await expect(page.getByTestId("wachtend")).toHaveText("2 categorieën nog niet gekoppeld; hun 30 meldingen wachten en komen binnen zodra u ze koppelt.");
    expect(fake.requests.at(-1)!.searchParams.get("ordering")).toBe("updated_at");
    await expectNoAxeViolations(page);
    // map "gat in de weg" to a portal category; its 20 meldingen come in at the next fetch
    const row = page.getByRole("row", { name: /gat-in-de-weg/ });
    await row.getByRole("combobox").selectOption({ index: 1 });
    await row.getByRole("button", { name: "Koppelen" }).click();
    await expect(page.getByTestId("wachtend")).toHaveText("1 categorie nog niet gekoppeld; haar 10 meldingen wachten en komen binnen zodra u haar koppelt.");
    await page.getByRole("button", { name: "Nu ophalen" }).click();
    await expect(page.getByTestId("sync-verslag")).toContainText("Opgehaald:");
    // the second category too: all 30 are in
    const afvalRow = page.getByRole("row", { name: /zwerfafval/ });
    await afvalRow.getByRole("combobox").selectOption({ index: 2 });
    await afvalRow.getByRole("button", { name: "Koppelen" }).click();
    await expect(page.getByTestId("wachtend")).toHaveText("Alle categorieën zijn gekoppeld.");
    await page.getByRole("button", { name: "Nu ophalen" }).click();
    await expect(page.getByTestId("verbinding")).toContainText("Meldingen uit Signalen30");
    // the dashboard, once the worker's rollup job has run (every minute; here at once), shows them per stadsdeel
    await refreshRollups();
    const perStadsdeel = await query<{ name: string; n: number }>(
      `SELECT s.name, count(*)::int AS n FROM "Melding" m JOIN "Stadsdeel" s ON s.id = m."stadsdeelId" WHERE m.origin = 'SIGNALEN' AND m.status IN ('NIEUW','DOORGEZET','IN_BEHANDELING') GROUP BY s.name`,
    );
    await page.goto("/medewerker/dashboard?herkomst=signalen");
    await expect(page.getByTestId("filters")).toContainText("meldingen uit Signalen");
    await expect(page.getByTestId("kc-meldingen")).toContainText("30");
    const openColumn = (await page.getByTestId("vergelijking").locator("thead th").allTextContents()).findIndex((t) => t.trim() === "Open meldingen");
    for (const { name, n } of perStadsdeel) {
      await expect(
        page
          .getByTestId("vergelijking")
          .getByRole("row", { name: new RegExp(`^${name} `) })
          .locator("th, td")
          .nth(openColumn),
      ).toHaveText(String(n));
    }
    await expectNoAxeViolations(page);
    await page.goto("/medewerker/beheer/meldingensysteem");
    const [m] = await query<{ id: string; ref: string; n: string }>(
      `SELECT id, "externalReference" AS ref, (SELECT count(*) FROM "Melding" WHERE origin = 'SIGNALEN')::text AS n FROM "Melding" WHERE origin = 'SIGNALEN' AND "externalId" = '9000'`,
    );
    expect([m.ref, m.n]).toEqual(["SIG-9000", "30"]);
    // the meldingen list filters by origin and names the Signalen number
    await page.goto("/medewerker/meldingen");
    await page.getByLabel("Herkomst").selectOption({ label: "Uit Signalen" });
    await page.getByRole("button", { name: "Filteren" }).click();
    await expect(page.getByText("30 meldingen open.")).toBeVisible();
    await expect(page.getByTestId("actieve-filters")).toContainText("uit Signalen");
    await expect(page.getByText("Signalen SIG-9000", { exact: true })).toBeVisible();
    await page.goto(`/medewerker/meldingen/${m.id}`);
    await expect(page.getByTestId("extern")).toContainText("komt uit het meldingensysteem (SIG-9000)");
    await expect(page.getByRole("heading", { name: "Volgende stap" })).toHaveCount(0);
    await expectNoAxeViolations(page);
    // another system's meldingen as CSV: checked first (a bad row named), then read in
    await page.goto("/medewerker/beheer/meldingensysteem");
    const [lng, lat] = labelPoint(buurten[0].geometry);
    const csv = `id;datum;categorie;status;afgehandeld_op;lat;lon\nE2E-1;2026-11-02;Onbekend;nieuw;;${lat};${lng}\n`;
    // the file is read in the browser once the page is interactive: set it until the form has it
    const choose = (text: string) =>
      expect(async () => {
        await page.getByLabel("CSV-bestand met meldingen").setInputFiles({ name: "meldingen.csv", mimeType: "text/csv", buffer: Buffer.from(text) });
        await expect(page.getByRole("button", { name: "Controleren" })).toBeEnabled({ timeout: 1000 });
      }).toPass();
    await choose(csv);
    await page.getByRole("button", { name: "Controleren" }).click();
    await expect(page.getByText('categorie "Onbekend" bestaat niet in het portaal')).toBeVisible();
    const [{ name }] = await query<{ name: string }>(
      `SELECT name FROM "MeldingCategory" WHERE active AND "defaultDepartmentId" IS NOT NULL ORDER BY name LIMIT 1`,
    );
    await choose(csv.replace("Onbekend", name));
    await page.getByRole("button", { name: "Controleren" }).click();
    await expect(page.getByText("meldingen.csv: de rij is in orde (1 nieuw, 0 al eerder ingelezen). Kies Inlezen om op te slaan.")).toBeVisible();
    await page.getByRole("button", { name: "Inlezen" }).click();
    await expect(page.getByText("1 melding ingelezen uit meldingen.csv (1 nieuw, 0 bijgewerkt).")).toBeVisible();
    expect(await query(`SELECT 1 FROM "Melding" WHERE origin = 'CSV' AND "externalId" = 'E2E-1'`)).toHaveLength(1);
    await expectNoAxeViolations(page);

    // a regisseur makes a melding of an inbreng in the mapped category and pushes it; the worker sends it and the SIG number shows
    const [inbreng] = await query<{ id: string }>(
      `SELECT i.id FROM "Inbreng" i JOIN "Bijeenkomst" b ON b.id = i."bijeenkomstId" JOIN "Stadsdeel" s ON s.id = b."stadsdeelId"
       WHERE s.slug = 'west' AND i.lat IS NOT NULL AND i."publicAnswer" IS NULL AND NOT EXISTS (SELECT 1 FROM "Melding" m WHERE m."inbrengId" = i.id) ORDER BY i."createdAt" LIMIT 1`,
    );
    const [{ categoryId }] = await query<{ categoryId: string }>(
      `SELECT c.id AS "categoryId" FROM "SignalenCategory" sc JOIN "MeldingCategory" c ON c.id = sc."categoryId" WHERE sc.path LIKE '%gat-in-de-weg'`,
    );
    const regisseur = await (await browser.newContext()).newPage();
    await login(regisseur, "regisseur.west@demo.example");
    await regisseur.goto(`/medewerker/inbreng/${inbreng.id}`);
    await regisseur.getByLabel("Categorie", { exact: true }).selectOption(categoryId);
    await regisseur.getByRole("button", { name: "Melding maken" }).click();
    await expect(regisseur.getByText("De melding is aangemaakt.")).toBeVisible();
    await regisseur.reload();
    await regisseur.getByRole("link", { name: /^Melding bij/ }).click();
    await expect(regisseur.getByTestId("doorzetten")).toContainText("Zet de melding door naar het meldingensysteem (Signalen), als wegen / gat-in-de-weg.");
    await expectNoAxeViolations(regisseur);
    await regisseur.getByRole("button", { name: "Doorzetten naar het meldingensysteem" }).click();
    await expect(regisseur.getByTestId("doorzetten")).toContainText(/Wordt doorgezet|Doorgezet naar het meldingensysteem als SIG-/);
    await expect(async () => {
      await regisseur.reload();
      await expect(regisseur.getByTestId("doorzetten")).toContainText(/als SIG-\d+\./, { timeout: 1000 });
    }).toPass({ timeout: 20_000 });
    expect(fake.created).toHaveLength(1);
    expect(fake.created[0]).toMatchObject({ source: "Stadsdeelavond", reporter: { email: null, phone: null } });
    await expect(regisseur.getByRole("heading", { name: "Volgende stap" })).toHaveCount(0);
    await expectNoAxeViolations(regisseur);
    // Signalen closes it; after the next pull the inbreng has a proposed answer, which the regisseur confirms (edited)
    fake.setState(fake.signals.at(-1)!.id, "o", "De losse tegels zijn vastgelegd.");
    await page.goto("/medewerker/beheer/meldingensysteem");
    await page.getByRole("button", { name: "Nu ophalen" }).click();
    await expect(page.getByTestId("sync-verslag")).toContainText("Opgehaald:");
    expect((await query<{ status: string }>(`SELECT status FROM "Melding" WHERE "inbrengId" = $1`, [inbreng.id]))[0].status).toBe("AFGEHANDELD");
    await regisseur.goto(`/medewerker/inbreng/${inbreng.id}`);
    await expect(regisseur.getByTestId("voorstel")).toContainText("Voorstel uit het meldingensysteem");
    await expect(regisseur.getByLabel("Wat is ermee gedaan? (openbaar)")).toHaveValue("De losse tegels zijn vastgelegd.");
    expect((await query<{ a: string | null }>(`SELECT "publicAnswer" AS a FROM "Inbreng" WHERE id = $1`, [inbreng.id]))[0].a).toBeNull(); // not public until confirmed
    await expectNoAxeViolations(regisseur);
    await regisseur.getByLabel("Wat is ermee gedaan? (openbaar)").fill("De losse tegels zijn op 3 december vastgelegd.");
    await regisseur.getByRole("button", { name: "Antwoord opslaan" }).click();
    await expect(regisseur.getByText("Het antwoord is opgeslagen en openbaar.")).toBeVisible();
    expect((await query<{ a: string | null }>(`SELECT "publicAnswer" AS a FROM "Inbreng" WHERE id = $1`, [inbreng.id]))[0].a).toBe(
      "De losse tegels zijn op 3 december vastgelegd.",
    );
    await regisseur.context().close();
  } finally {
    await fake.close();
    await query(`DELETE FROM "MeldingSource"`); // the worker stops asking the fake that is gone
  }
});
