// A resident registers (by keyboard alone), reads the confirmation mail from
// the real SMTP server, cancels through the manage link; a waitlisted
// resident moves up and gets the mail; the evaluation link works once.
// axe on every public page of the flow.
import { expect, test } from "@playwright/test";
import { newToken } from "../../lib/tokens.ts";
import { expectNoAxeViolations, linkIn, query, waitForMail } from "./helpers";

test("register, confirm by mail, cancel by the manage link, the waitlist moves up, evaluate once", async ({ page, browser }) => {
  test.setTimeout(120_000);
  const stamp = Date.now();
  const [sd] = await query<{ id: string }>(`SELECT id FROM "Stadsdeel" WHERE slug = 'centrum'`);
  const id = `e2e-${stamp}`;
  await query(
    `INSERT INTO "Bijeenkomst" (id, kind, title, description, "stadsdeelId", "startsAt", "endsAt", "locationName", address, capacity, facilities, "updatedAt")
     VALUES ($1, 'WIJKGESPREK', $2, 'Praat mee over de Markt.', $3, now() + interval '10 days', now() + interval '10 days 2 hours', 'Stadhuis', 'Markt 78, Maastricht', 1, ARRAY['WHEELCHAIR_ACCESS']::"Facility"[], now())`,
    [id, `Wijkgesprek Markt (e2e ${stamp})`, sd.id],
  );
  const anna = `anna.${stamp}@voorbeeld.nl`;
  const bert = `bert.${stamp}@voorbeeld.nl`;

  await page.goto("/bijeenkomsten?stadsdeel=centrum");
  await expectNoAxeViolations(page);
  await page.getByRole("link", { name: `Wijkgesprek Markt (e2e ${stamp})` }).click();
  await expect(page.getByTestId("plaatsen")).toHaveText("Nog 1 plaats vrij");
  await expectNoAxeViolations(page);

  // keyboard only
  await page.getByLabel("Naam").focus();
  await page.keyboard.type("Anna Janssen");
  await page.keyboard.press("Tab");
  await page.keyboard.type(anna);
  await page.keyboard.press("Tab");
  await page.keyboard.press("ArrowDown"); // first buurt in the list
  await page.getByLabel(/Ik geef toestemming/).focus();
  await page.keyboard.press("Space");
  await page.getByRole("button", { name: "Aanmelden" }).focus();
  await page.keyboard.press("Enter");
  await expect(page.getByRole("status").filter({ hasText: "U bent aangemeld." })).toBeVisible();
  await expect(page.getByTestId("plaatsen")).toHaveText("Vol — wachtlijst"); // the seat count follows the registration

  const confirmation = await waitForMail(anna, "Bevestiging: Wijkgesprek Markt");
  expect(confirmation.attachments.map((a) => a.filename)).toContain("bijeenkomst.ics");
  expect(confirmation.text).toContain("Markt 78, Maastricht");
  const manage = linkIn(confirmation, "/mijn/");

  // the second resident finds it full and goes on the waitlist; errors keep what was typed
  const other = await browser.newContext();
  const b = await other.newPage();
  await b.goto(`/bijeenkomsten/${id}`);
  await expect(b.getByTestId("plaatsen")).toHaveText("Vol — wachtlijst");
  await b.getByLabel("Naam").fill("Bert Smeets");
  await b.getByLabel("E-mailadres").fill(bert);
  await b.getByRole("button", { name: "Op de wachtlijst zetten" }).click();
  await expect(b.getByRole("alert").filter({ hasText: "Kies uw buurt (of vul uw postcode in)." })).toBeFocused();
  await expect(b.getByLabel("Uw buurt")).toHaveAccessibleDescription(/Kies uw buurt \(of vul uw postcode in\)\./);
  await expect(b.getByText(/Geef toestemming/).first()).toBeVisible();
  await expect(b.getByLabel("Naam")).toHaveValue("Bert Smeets");
  await b.getByLabel("Uw buurt").selectOption({ index: 2 });
  await b.getByLabel(/Ik geef toestemming/).check();
  await b.getByRole("button", { name: "Op de wachtlijst zetten" }).click();
  await expect(b.getByRole("status").filter({ hasText: "u staat op de wachtlijst" })).toBeVisible();
  await waitForMail(bert, "Wachtlijst: Wijkgesprek Markt");

  // Anna cancels through her link; Bert moves up and is told
  await page.goto(manage);
  await expect(page.getByRole("heading", { name: "Mijn aanmeldingen en gegevens" })).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByRole("button", { name: `Afmelden voor Wijkgesprek Markt (e2e ${stamp})` }).click();
  // the page refreshes: the registration now shows as cancelled, without its buttons
  await expect(page.getByRole("listitem").filter({ hasText: `Wijkgesprek Markt (e2e ${stamp})` })).toContainText("Afgemeld");
  await expect(page.getByRole("button", { name: `Afmelden voor Wijkgesprek Markt (e2e ${stamp})` })).toHaveCount(0);
  await waitForMail(anna, "Afgemeld: Wijkgesprek Markt");
  const promoted = await waitForMail(bert, "Er is plek");
  expect(promoted.text).toContain("U bent nu aangemeld");
  const rows = await query<{ email: string; status: string }>(
    `SELECT p.email, r.status FROM "Registration" r JOIN "Participant" p ON p.id = r."participantId" WHERE r."bijeenkomstId" = $1 ORDER BY p.email`,
    [id],
  );
  expect(rows).toEqual([
    { email: anna, status: "CANCELLED" },
    { email: bert, status: "CONFIRMED" },
  ]);

  // Anna reads all her data on a page (and the same rows as CSV); each look is audited
  await page.getByRole("link", { name: "Bekijk al uw gegevens" }).click();
  await expect(page.getByRole("heading", { name: "Al uw gegevens" })).toBeVisible();
  const mine = page.getByRole("region", { name: `Aanmelding: Wijkgesprek Markt (e2e ${stamp})`, exact: false });
  await expect(mine).toContainText("Statusafgemeld");
  await expect(page.getByRole("region", { name: "Uzelf" })).toContainText(`E-mailadres${anna}`);
  await expect(page.getByRole("region", { name: "Toestemming: aanmelden voor bijeenkomsten" })).toContainText("tekstversie");
  await expectNoAxeViolations(page);
  const csv = (await (await page.request.get(`${manage}/gegevens.csv`)).text()).replace(/^\uFEFF/, "").split("\r\n");
  expect(csv[0]).toBe("onderdeel;gegeven;waarde");
  expect(csv).toContain(`Uzelf;E-mailadres;${anna}`);
  expect(csv.some((l) => l.startsWith(`Aanmelding: Wijkgesprek Markt (e2e ${stamp})`) && l.endsWith(";Status;afgemeld"))).toBe(true);
  const audits = await query<{ n: string }>(
    `SELECT count(*)::text AS n FROM "AuditEvent" a JOIN "Participant" p ON p.id = a."entityId" WHERE a.action = 'participant.export' AND p.email = $1`,
    [anna],
  );
  expect(Number(audits[0].n)).toBe(2);

  // after the evening: Bert's evaluation link works once
  await query(`UPDATE "Bijeenkomst" SET "startsAt" = now() - interval '1 day', "endsAt" = now() - interval '22 hours', status = 'HELD' WHERE id = $1`, [id]);
  const [reg] = await query<{ id: string; participantId: string }>(
    `SELECT r.id, r."participantId" FROM "Registration" r JOIN "Participant" p ON p.id = r."participantId" WHERE p.email = $1`,
    [bert],
  );
  // the evaluation invitation goes out the day after; issue its link as the job would
  const link = newToken();
  await query(
    `INSERT INTO "ResidentToken" (id, "tokenHash", purpose, "participantId", "registrationId", "expiresAt") VALUES ($1, $2, 'evaluation', $3, $4, now() + interval '30 days')`,
    [`e2e-${stamp}`, link.hash, reg.participantId, reg.id],
  );
  const evaluation = `/evaluatie/${link.token}`;
  await b.goto(evaluation);
  await expectNoAxeViolations(b);
  await b.getByRole("button", { name: "Versturen" }).click();
  await expect(b.getByRole("group", { name: /Hoe tevreden bent u over de bijeenkomst/ })).toHaveAccessibleDescription(/Kies een cijfer bij de eerste vraag\./);
  for (const [q, n] of [
    ["Hoe tevreden bent u over de bijeenkomst?", "4"],
    ["Voelde u zich gehoord?", "5"],
    ["Hoe was de organisatie", "3"],
  ]) {
    await b
      .getByRole("group", { name: new RegExp(q.replace("?", "\\?")) })
      .getByLabel(n, { exact: true })
      .check();
  }
  await b.getByLabel("Wilt u nog iets kwijt?").fill("Goed gesprek.");
  await b.getByRole("button", { name: "Versturen" }).click();
  await expect(b.getByText("Dank u wel! Uw antwoorden helpen")).toBeVisible();
  await b.goto(evaluation);
  await expect(b.getByRole("status").filter({ hasText: "U heeft deze evaluatie al ingevuld" })).toBeVisible();
  const evals = await query(`SELECT 1 FROM "Evaluation" WHERE "registrationId" = $1`, [reg.id]);
  expect(evals).toHaveLength(1);

  // the unsubscribe link in a mail opens a page; its one button unsubscribes
  await b.goto(linkIn(promoted, "/afmelden/"));
  await expectNoAxeViolations(b);
  await b.getByRole("button", { name: "Geen uitnodigingen meer" }).click();
  await expect(b.getByRole("heading", { name: "U bent afgemeld" })).toBeVisible();
  await expectNoAxeViolations(b);
  await other.close();
});
