// The bijeenkomst form's gesprekstafels: removing the first of four removes
// that one — on a new meeting and on a saved one, whose other tables keep
// their ids — with focus on a sensible field; the end time follows the start
// (+ 2.5 h) until it is set by hand.
import { expect, test } from "@playwright/test";
import { login, query } from "./helpers";

test("removing the first of four tables removes that table, before and after saving", async ({ page }) => {
  const title = `Tafels-test ${Date.now()}`;
  const day = new Date(Date.now() + 20 * 86_400_000).toISOString().slice(0, 10);
  await login(page, "regisseur.oost@demo.example");
  await page.goto("/medewerker/stadsdelen/oost");
  await page.getByRole("link", { name: "Nieuwe bijeenkomst plannen" }).click();
  await page.getByLabel("Titel").fill(title);
  await page.getByLabel("Begin").fill(`${day}T19:30`);
  await expect(page.getByLabel("Einde")).toHaveValue(`${day}T22:00`);
  await page.getByLabel("Locatie").fill("Wijkcentrum Heer");
  await page.getByLabel("Adres").fill("Heerderweg 1, Maastricht");

  const present = await page.getByTestId("tafel-rij").count(); // a new meeting starts with two tables
  for (const [i, [name, host]] of [
    ["Wonen", "A. Aerts"],
    ["Groen", "B. Bemelmans"],
    ["Verkeer", "C. Coenen"],
    ["Zorg", "D. Dassen"],
  ].entries()) {
    if (i >= present) {
      await page.getByRole("button", { name: "Tafel toevoegen" }).click();
      await expect(page.getByLabel(`Naam tafel ${i + 1}`)).toBeFocused();
    }
    await page.getByLabel(`Naam tafel ${i + 1}`).fill(name);
    await page.getByLabel(`Gespreksleider tafel ${i + 1}`).fill(host);
  }
  await expect(page.getByTestId("tafel-rij")).toHaveCount(4);
  await page.getByRole("button", { name: "Tafel 1 verwijderen" }).click();
  await expect(page.getByLabel("Naam tafel 1")).toHaveValue("Groen");
  await expect(page.getByLabel("Naam tafel 1")).toBeFocused();
  await expect(page.getByLabel("Gespreksleider tafel 3")).toHaveValue("D. Dassen");
  await page.getByRole("button", { name: "Bijeenkomst opslaan" }).click();
  await expect(page.getByText("De bijeenkomst is aangemaakt als concept.")).toBeVisible();

  const saved = () =>
    query<{ id: string; name: string; hostName: string }>(
      `SELECT t.id, t.name, t."hostName" FROM "Gesprekstafel" t JOIN "Bijeenkomst" b ON b.id = t."bijeenkomstId" WHERE b.title = $1 ORDER BY t."sortOrder"`,
      [title],
    );
  const first = await saved();
  expect(first.map((t) => `${t.name}/${t.hostName}`)).toEqual(["Groen/B. Bemelmans", "Verkeer/C. Coenen", "Zorg/D. Dassen"]);

  // on the saved meeting: remove the first again; the others keep their ids, and a second save changes nothing
  await page.getByRole("button", { name: "Tafel 1 verwijderen" }).click();
  await expect(page.getByLabel("Naam tafel 1")).toHaveValue("Verkeer");
  await page.getByRole("button", { name: "Wijzigingen opslaan" }).click();
  await expect(page.getByText("De wijzigingen zijn opgeslagen.")).toBeVisible();
  const second = await saved();
  expect(second).toEqual(first.slice(1));
  await Promise.all([
    page.waitForResponse((r) => r.request().method() === "POST" && r.url().includes("/medewerker/bijeenkomsten/")),
    page.getByRole("button", { name: "Wijzigingen opslaan" }).click(),
  ]);
  expect(await saved()).toEqual(second);
});
