// Reporting back: after a stadsdeelavond with inbreng the regisseur makes
// the draft and publishes v1; an attendee reads it through the link in the
// captured mail and reacts; the regisseur publishes v2; the attendee gets
// v2 and can still open v1. axe on the verslag pages.
import { expect, test } from "@playwright/test";
import { expectNoAxeViolations, linkIn, login, query, waitForMail } from "./helpers";

test("verslag v1 to the attendees, a reaction, v2, and v1 still readable", async ({ page, browser }) => {
  test.setTimeout(120_000);
  const stamp = Date.now();
  const id = `e2e-verslag-${stamp}`;
  const email = `lotte.${stamp}@voorbeeld.nl`;
  const [sd] = await query<{ id: string }>(`SELECT id FROM "Stadsdeel" WHERE slug = 'noord'`);
  const [ref] = await query<{ lat: number; lng: number; buurtId: string; themeId: string }>(
    `SELECT i.lat, i.lng, i."buurtId", i."themeId" FROM "Inbreng" i JOIN "Bijeenkomst" b ON b.id = i."bijeenkomstId" WHERE b."stadsdeelId" = $1 AND i.lat IS NOT NULL LIMIT 1`,
    [sd.id],
  );
  await query(
    `INSERT INTO "Bijeenkomst" (id, kind, title, "stadsdeelId", "startsAt", "endsAt", "locationName", address, capacity, status, "updatedAt")
     VALUES ($1, 'STADSDEELAVOND', $2, $3, now() - interval '2 days', now() - interval '2 days' + interval '2 hours', 'Buurthuis Borgharen', 'Dorpstraat 1', 40, 'HELD', now())`,
    [id, `Stadsdeelavond Noord (e2e ${stamp})`, sd.id],
  );
  await query(`INSERT INTO "Gesprekstafel" (id, "bijeenkomstId", name, "hostName") VALUES ($1, $2, 'Tafel 1', 'raadslid Hermans')`, [`${id}-t1`, id]);
  await query(`INSERT INTO "Participant" (id, name, email, "updatedAt") VALUES ($1, 'Lotte Vossen', $2, now())`, [`${id}-p`, email]);
  await query(`INSERT INTO "Registration" (id, "participantId", "bijeenkomstId", status, "updatedAt") VALUES ($1, $2, $3, 'ATTENDED', now())`, [
    `${id}-r`,
    `${id}-p`,
    id,
  ]);
  for (const [n, text] of [
    [1, "De dijk is mooi opgeknapt"],
    [2, "Te hard gereden op de Kasteelweg"],
  ] as const) {
    await query(
      `INSERT INTO "Inbreng" (id, kind, "themeId", text, lat, lng, "buurtId", "bijeenkomstId", "tafelId", "updatedAt") VALUES ($1, $2::"InbrengKind", $3, $4, $5, $6, $7, $8, $9, now())`,
      [`${id}-i${n}`, n === 1 ? "GAAT_GOED" : "KAN_BETER", ref.themeId, text, ref.lat, ref.lng, ref.buurtId, id, `${id}-t1`],
    );
  }

  await login(page, "regisseur.noord@demo.example");
  await page.goto(`/medewerker/bijeenkomsten/${id}/verslag`);
  await expect(page.getByTestId("verslag-termijn")).toContainText("Nog 12 dagen");
  await page.getByRole("button", { name: "Concept maken uit de inbreng" }).click();
  await expect(page.getByLabel("Verslag", { exact: true })).toHaveValue(/Te hard gereden op de Kasteelweg/);
  await expect(page.getByRole("heading", { name: "Tafel 1 (raadslid Hermans)" })).toBeVisible(); // the live preview
  await expectNoAxeViolations(page);
  // a second concept would replace the text: asked first, and "no" keeps it
  const editor = page.getByLabel("Verslag", { exact: true });
  await editor.fill(`${await editor.inputValue()}\n\nDe wethouder komt in het voorjaar terug.`);
  // the toolbar: the last line becomes a heading, and Ctrl+B makes the selected words bold (seen in the preview)
  await page.getByRole("toolbar", { name: "Opmaak" }).getByRole("button", { name: "Kop" }).click();
  await expect(editor).toBeFocused();
  await expect(editor).toHaveValue(/\n## De wethouder komt in het voorjaar terug\.$/);
  await expect(page.getByRole("heading", { name: "De wethouder komt in het voorjaar terug." })).toBeVisible();
  await editor.evaluate((el: HTMLTextAreaElement) =>
    el.setSelectionRange(el.value.indexOf("Te hard gereden"), el.value.indexOf("Te hard gereden") + "Te hard gereden".length),
  );
  await page.keyboard.press("Control+b");
  await expect(editor).toHaveValue(/\*\*Te hard gereden\*\* op de Kasteelweg/);
  await expect(page.locator(".verslag-tekst strong", { hasText: "Te hard gereden" })).toBeVisible();
  await page.getByRole("button", { name: "Concept maken uit de inbreng" }).click();
  await page.getByRole("button", { name: "Nee, tekst houden" }).click();
  await expect(editor).toHaveValue(/## De wethouder komt in het voorjaar terug\./);
  await expect(page.getByTestId("niet-opgeslagen")).toBeVisible();
  // sending asks first, names how many get it and shows the mail; the unsaved text on screen is what goes out
  await page.getByRole("button", { name: "Versie 1 versturen…" }).click();
  const confirm = page.getByRole("alertdialog", { name: "Versie 1 naar 1 deelnemer versturen?" });
  await expect(confirm).toContainText("De wijzigingen op het scherm worden eerst opgeslagen");
  await expect(confirm.getByTestId("mail-voorbeeld")).toContainText("Beste [naam deelnemer],");
  await expect(confirm).toContainText(`Onderwerp: Verslag: Stadsdeelavond Noord (e2e ${stamp})`);
  await expectNoAxeViolations(page);
  await confirm.getByRole("button", { name: "Ja, naar 1 deelnemer versturen" }).click();
  await expect(page.getByText("Versie 1 is verstuurd naar 1 deelnemer, binnen de termijn.")).toBeVisible();
  // the public meeting page now leads to the verslag
  const visitor = await (await browser.newContext()).newPage();
  await visitor.goto(`/bijeenkomsten/${id}`);
  await visitor.getByRole("link", { name: "Lees het verslag" }).click();
  await expect(visitor.getByRole("heading", { level: 1 })).toHaveText(`Stadsdeelavond Noord (e2e ${stamp})`);

  const v1mail = await waitForMail(email, "Verslag: Stadsdeelavond Noord");
  const v1link = linkIn(v1mail, "/verslagen/");
  const attendee = await browser.newContext();
  const a = await attendee.newPage();
  await a.goto(v1link);
  await expect(a.getByRole("heading", { level: 1 })).toHaveText(`Stadsdeelavond Noord (e2e ${stamp})`);
  await expect(a.getByTestId("verslag-punten")).toContainText("Te hard gereden op de Kasteelweg");
  await expect(a.getByText("De wethouder komt in het voorjaar terug.")).toBeVisible(); // sent as it was on screen
  await expect(a.locator(".public-inbreng-map[data-drawn]")).toBeVisible();
  await expectNoAxeViolations(a);
  await a.getByLabel("Uw reactie op versie 1").fill("Het punt over de Kasteelweg gaat ook over fietsers.");
  await a.getByRole("button", { name: "Reactie versturen" }).click();
  await expect(a.getByText("Uw reactie op versie 1 is doorgegeven")).toBeVisible();

  await page.reload();
  await expect(page.getByText("Het punt over de Kasteelweg gaat ook over fietsers.")).toBeVisible();
  await editor.fill(`${await editor.inputValue()}\n\nAanvulling: ook fietsers vinden de Kasteelweg onveilig.`);
  await page.getByRole("button", { name: "Opslaan" }).click();
  await expect(page.getByText("Opgeslagen.")).toBeVisible();
  await page.getByRole("button", { name: "Versie 2 versturen…" }).click();
  await page.getByRole("button", { name: "Ja, naar 1 deelnemer versturen" }).click();
  await expect(page.getByLabel("Wat is er veranderd?")).toHaveAccessibleDescription(/Schrijf kort wat er is veranderd/);
  await page.getByLabel("Wat is er veranderd?").fill("Aanvulling over fietsers op de Kasteelweg.");
  await page.getByRole("button", { name: "Versie 2 versturen…" }).click();
  await page.getByRole("button", { name: "Ja, naar 1 deelnemer versturen" }).click();
  await expect(page.getByText(/Versie 2 is verstuurd naar 1 deelnemer/)).toBeVisible();

  const v2mail = await waitForMail(email, "Aangepast verslag (versie 2)");
  expect(v2mail.text).toContain("Aanvulling over fietsers op de Kasteelweg.");
  await a.goto(linkIn(v2mail, "/verslagen/"));
  await expect(a.getByText("Versie 2, verstuurd op")).toBeVisible();
  await expect(a.getByText("Aanvulling: ook fietsers vinden de Kasteelweg onveilig.")).toBeVisible();
  await a.getByRole("link", { name: "Versie 1" }).click();
  await expect(a.getByText("Versie 1, verstuurd op")).toBeVisible();
  await expect(a.getByText("Aanvulling: ook fietsers")).toHaveCount(0);
  await expectNoAxeViolations(a);
  await attendee.close();
});
