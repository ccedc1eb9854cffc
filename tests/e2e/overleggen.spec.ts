// The stadsdeeltafel from start to answer: the regisseur of Noord makes a
// tafel every four weeks with two department seats and the welzijn
// organisation; invites a resident, who says yes through the mail link;
// opens a dossier from an inbreng; the next sessie's agenda
// builder proposes it; attendance, a besluit and two acties (one for the
// partner) are recorded with the keyboard; the lists go out by mail; the
// partner sees the overleggen they sit at (this one among them, no other)
// (the resident only as "bewoner", by document and RSC request alike) and
// marks their actie done; the resident got the lists without staff links;
// the regisseur sets duidelijkheid with a
// public answer, which the public stadsdeel page shows, and the dashboard
// counts the dossier's days to duidelijkheid. axe on every page visited.
import { expect, type Page, test } from "@playwright/test";
import { expectNoAxeViolations, linkIn, login, query, waitForMail } from "./helpers";

const clarityCount = async (page: Page) => {
  await page.goto("/medewerker/dashboard?stadsdeel=noord&open=tafels");
  const lead = await page.getByTestId("tafels-lead").innerText();
  return Number(/(\d+) dossiers in de periode/.exec(lead)?.[1] ?? 0);
};

test("a stadsdeeltafel: agenda from a dossier, besluit and acties, the partner's part, and the answer residents see", async ({ page, browser }) => {
  test.setTimeout(240_000);
  const stamp = Date.now();
  const name = `Stadsdeeltafel Noord e2e ${stamp}`;
  // the newest open inbreng of Noord that the public page lists on its first page
  const [inbreng] = await query<{ id: string; text: string }>(`
    WITH pub AS (SELECT i.* FROM "Inbreng" i JOIN "Bijeenkomst" b ON b.id = i."bijeenkomstId" JOIN "Stadsdeel" s ON s.id = b."stadsdeelId"
                 WHERE s.slug = 'noord' AND b."startsAt" < now() AND b.status <> 'CANCELLED' AND b."publishedAt" IS NOT NULL
                 ORDER BY i."createdAt" DESC, i.id LIMIT 25)
    SELECT id, text FROM pub WHERE "publicAnswer" IS NULL AND "followUpStatus" = 'OPEN' AND NOT EXISTS (SELECT 1 FROM "DossierInbreng" d WHERE d."inbrengId" = pub.id)
    ORDER BY "createdAt" DESC, id LIMIT 1`);
  expect(inbreng).toBeTruthy();
  const tomorrow = new Date(Date.now() + 86_400_000);
  const day = tomorrow.toLocaleDateString("en-CA", { timeZone: "Europe/Amsterdam" });
  const weekday = ["SU", "MO", "TU", "WE", "TH", "FR", "SA"][new Date(`${day}T12:00:00Z`).getUTCDay()];
  await login(page, "regisseur.noord@demo.example");
  const before = await clarityCount(page);

  // 1. the tafel: every four weeks from tomorrow, two department seats and a partner organisation
  await page.goto("/medewerker/overleggen");
  await expectNoAxeViolations(page);
  await page.getByRole("link", { name: "Nieuw overleg" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Nieuw overleg");
  await expectNoAxeViolations(page);
  await page.getByLabel("Naam", { exact: true }).fill(name);
  await page.getByLabel("Dag").selectOption(weekday === "TU" ? "WE" : "TU"); // off the first date's day: refused, next to the field
  await page.getByLabel("Eerste keer op").fill(day);
  await page.getByRole("group", { name: "Plaatsen voor afdelingen" }).getByLabel("Beheer Openbare Ruimte", { exact: true }).check();
  await page.getByRole("button", { name: "Overleg aanmaken" }).click();
  await expect(page.locator("#firstOn-fout")).toHaveText("De eerste datum valt niet op de gekozen dag.");
  await expect(page.getByLabel("Naam", { exact: true })).toHaveValue(name);
  expect(await query(`SELECT 1 FROM "Overleg" WHERE name = $1`, [name])).toHaveLength(0);
  await page.getByLabel("Dag").selectOption(weekday);
  await page.getByLabel("Om de hoeveel weken (bij ‘elke zoveel weken’)").fill("4");
  await page.getByRole("group", { name: "Plaatsen voor afdelingen" }).getByLabel("Sociaal Domein", { exact: true }).check();
  await page
    .getByRole("group", { name: "Plaatsen voor partnerorganisaties" })
    .getByLabel(/Welzijnsorganisatie Buurtkracht/)
    .check();
  await page.getByRole("button", { name: "Overleg aanmaken" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(name);
  await expect(page.getByTestId("overleg-ritme")).toContainText("elke 4 weken op");
  await expectNoAxeViolations(page);
  const overlegUrl = page.url();

  // 1b. a resident at the tafel: invited by name and e-mail, a member only after their own "ja"
  const resident = { name: `Bewoner Tafel ${stamp}`, email: `bewoner-${stamp}@voorbeeld.nl` };
  await page.getByLabel("Naam van de bewoner").fill(resident.name);
  await page.getByLabel("E-mailadres").fill("geen-adres");
  await page.getByRole("button", { name: "Uitnodiging sturen" }).click();
  await expect(page.locator("#email-fout")).toHaveText("Vul een geldig e-mailadres in, bijvoorbeeld naam@voorbeeld.nl.");
  await expect(page.getByLabel("Naam van de bewoner")).toHaveValue(resident.name);
  await page.getByLabel("E-mailadres").fill(resident.email);
  await page.getByRole("button", { name: "Uitnodiging sturen" }).click();
  await expect(page.getByRole("region", { name: "Aan tafel" })).toContainText(`Bewoner: ${resident.name} — uitgenodigd op`);
  await expectNoAxeViolations(page);
  const invitation = await waitForMail(resident.email, `Uitnodiging: lid worden van ${name}`);
  const home = await (await browser.newContext()).newPage();
  await home.goto(linkIn(invitation, "/overleg-uitnodiging/"));
  await expect(home.getByRole("heading", { level: 1 })).toHaveText(`Uitnodiging: lid worden van ${name}`);
  await expect(home.getByText(resident.email)).toBeVisible();
  await expectNoAxeViolations(home);
  await home.getByRole("button", { name: "Ja, ik word lid" }).click();
  await expect(home.getByRole("status")).toContainText(`u bent lid van ${name}`);
  await expectNoAxeViolations(home);
  await home.context().close();
  expect(
    await query(
      `SELECT c.purpose FROM "Consent" c JOIN "Participant" p ON p.id = c."participantId" JOIN "Overleg" o ON o.id = c."overlegId" WHERE p.email = $1 AND o.name = $2`,
      [resident.email, name],
    ),
  ).toEqual([{ purpose: "OVERLEG_MEMBER" }]);
  await page.reload();
  await expect(page.getByRole("region", { name: "Aan tafel" })).toContainText(`Bewoner: ${resident.name} — lid sinds`);

  // 2. a dossier from an inbreng
  await page.goto(`/medewerker/inbreng/${inbreng.id}`);
  await page.getByRole("link", { name: "Dossier openen over deze inbreng" }).click();
  await expect(page.getByTestId("dossier-bron")).toContainText(inbreng.text);
  const title = `Samen aan tafel e2e ${stamp}`;
  await page.getByLabel("Titel").fill(title);
  await page.getByRole("button", { name: "Dossier openen" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Dossier: ${title}`);
  const dossierUrl = page.url();

  // 3. the next sessie: the agenda builder proposes the dossier; the rest by keyboard
  await page.goto(overlegUrl);
  await page.getByRole("region", { name: "Komende sessies" }).getByRole("link").first().click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText(name);
  await expect(page.getByTestId("agenda-voorstel")).toContainText(title);
  await expectNoAxeViolations(page);
  await page.getByRole("button", { name: `Op de agenda: ${title}` }).press("Enter");
  await expect(page.getByTestId("sessie-agenda")).toContainText(`1. ${title}`);
  await page.getByLabel("Onderwerp").fill("Mededelingen");
  await page.getByLabel("Onderwerp").press("Enter");
  await expect(page.getByTestId("sessie-agenda")).toContainText("2. Mededelingen");
  await page.getByRole("button", { name: "Omhoog: Mededelingen" }).press("Enter");
  await expect(page.getByTestId("sessie-agenda").getByRole("heading", { level: 3 }).first()).toHaveText("1. Mededelingen");
  // attendance: the chair and one department seat
  const seats = page.getByRole("group", { name: "Aanwezig" });
  await seats.getByRole("checkbox").nth(0).press("Space");
  await seats.getByRole("checkbox").nth(1).press("Space");
  await page.getByRole("button", { name: "Aanwezigheid opslaan" }).press("Enter");
  await expect(page.getByText("Aanwezigheid opgeslagen: 2 van 5 aanwezig.")).toBeVisible();
  // the besluit on the dossier's point
  const besluit = page.getByLabel(`Besluit bij “${title}”`);
  await besluit.fill("Welzijn gaat in gesprek met de bewoners; de afdeling schouwt.");
  await besluit.press("Tab");
  await page.keyboard.press("Enter");
  await expect(page.getByRole("status").filter({ hasText: "Besluit opgeslagen." })).toBeVisible();
  // two acties at that point: one for the partner organisation, one for a colleague
  const due = new Date(Date.now() + 7 * 86_400_000).toISOString().slice(0, 10);
  await page.getByText(`Actie bij “${title}”`).press("Enter"); // opens the form; it stays open for the next actie
  const form = page.locator("details[open]").filter({ hasText: `Actie bij “${title}”` });
  for (const [what, who] of [
    ["Gesprek met de bewoners", /Welzijnsorganisatie Buurtkracht/],
    ["Schouw met de buurt", /^Medewerker Beheer Openbare Ruimte/],
  ] as const) {
    await form.getByLabel("Wat wordt er gedaan?").fill(what);
    const option = await form.getByLabel("Wie", { exact: true }).locator("option").filter({ hasText: who }).first().getAttribute("value");
    await form.getByLabel("Wie", { exact: true }).selectOption(option!);
    await form.getByLabel("Uiterlijk op").fill(due);
    await form.getByLabel("Uiterlijk op").press("Enter");
    await expect(page.getByRole("list", { name: `Acties bij ${title}` })).toContainText(what);
  }
  await expectNoAxeViolations(page);
  // the lists by mail, to the partner among the members
  await page.getByRole("button", { name: "Lijsten versturen aan de deelnemers" }).press("Enter");
  await expect(page.getByRole("status").filter({ hasText: "Verstuurd." })).toBeVisible();
  const mail = await waitForMail("partner.welzijn@demo.example", `Besluiten- en actielijst: ${name}`);
  expect(mail.text).toContain("Gesprek met de bewoners");
  const residentMail = await waitForMail(resident.email, `Besluiten- en actielijst: ${name}`);
  expect(residentMail.text).toContain("Gesprek met de bewoners");
  expect(residentMail.text).not.toContain("/medewerker/");
  expect(residentMail.text).toMatch(/\/mijn\/[\w-]+/);
  await page.getByRole("link", { name: "Besluiten- en actielijst bekijken of afdrukken" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Besluiten- en actielijst");
  await expect(page.getByRole("table")).toContainText("Schouw met de buurt");
  await expectNoAxeViolations(page);

  // 4. the partner: the overleggen they sit at, this one among them; their actie done
  const partner = await (await browser.newContext()).newPage();
  await login(partner, "partner.welzijn@demo.example");
  await partner.getByRole("link", { name: "Overleggen", exact: true }).click();
  await expect(partner.getByRole("heading", { level: 1 })).toHaveText("Overleggen waar u aan deelneemt");
  const theirs = await query<{ name: string }>(
    `SELECT DISTINCT o.name FROM "Overleg" o JOIN "OverlegSeat" s ON s."overlegId" = o.id JOIN "User" u ON u."organisationId" = s."organisationId" WHERE u.email = 'partner.welzijn@demo.example'`,
  );
  await expect(partner.getByRole("table").getByRole("row")).toHaveCount(theirs.length + 1);
  await expect(partner.getByRole("link", { name })).toBeVisible();
  await expectNoAxeViolations(partner);
  await partner.getByRole("link", { name }).click();
  await expect(partner.getByRole("region", { name: "Aan tafel" })).toContainText("Bewoner");
  await expectNoAxeViolations(partner);
  for (const headers of [{}, { RSC: "1" }] as Record<string, string>[]) {
    const body = await (await partner.request.get(overlegUrl, { headers })).text();
    expect(body).not.toContain(resident.name);
    expect(body).not.toContain(resident.email);
  }
  await partner.goto("/medewerker/overleggen");
  const foreign = await query<{ id: string }>(
    `SELECT o.id FROM "Overleg" o WHERE NOT EXISTS (SELECT 1 FROM "OverlegSeat" s JOIN "User" u ON u."organisationId" = s."organisationId" WHERE s."overlegId" = o.id AND u.email = 'partner.welzijn@demo.example') LIMIT 1`,
  );
  expect((await partner.request.get(`/medewerker/overleggen/${foreign[0].id}`)).status()).toBe(404); // not even told it exists
  await partner.getByRole("link", { name: "Acties van mijn organisatie" }).click();
  const row = partner.getByRole("row", { name: /Gesprek met de bewoners/ });
  await row.getByRole("combobox").selectOption({ label: "Gereed" });
  await row.getByRole("button", { name: "Opslaan" }).click();
  await expect(partner.getByRole("row", { name: /Gesprek met de bewoners/ })).toHaveCount(0);
  await partner.context().close();

  // 5. duidelijkheid with a public answer; residents see it; the dashboard counts it
  await page.goto(dossierUrl);
  await page.getByLabel("Naar").selectOption({ label: "Duidelijkheid" });
  const clarity = `Welzijn en de gemeente pakken dit samen op (e2e ${stamp}).`;
  await page.getByLabel(/Wat is er duidelijk/).fill(clarity);
  await page.getByLabel(/als openbaar antwoord zetten/).check();
  await page.getByRole("button", { name: "Status wijzigen" }).click();
  await expect(page.getByTestId("dossier-status")).toHaveText("Duidelijkheid");
  const pub = await (await browser.newContext()).newPage();
  await pub.goto("/stadsdelen/noord");
  await expect(pub.getByTestId("publieke-inbreng").getByRole("listitem").filter({ hasText: inbreng.text })).toContainText(clarity);
  await pub.context().close();
  expect(await clarityCount(page)).toBe(before + 1);
  await expectNoAxeViolations(page);
});
