// Area names are text, never HTML: Leaflet inserts a tooltip string as HTML,
// so a buurt named like markup (an import from a file the beheerder does not
// control) must show as the characters it is, on the permanent labels of the
// printable map and in the sticky tooltips alike.
import { expect, test } from "@playwright/test";
import { query } from "./helpers";

test("a buurt name with markup is shown as text on the map labels", async ({ page }) => {
  const [b] = await query<{ id: string; name: string }>(
    `SELECT b.id, b.name FROM "Buurt" b JOIN "Stadsdeel" s ON s.id = b."stadsdeelId" WHERE s.slug = 'zuid' AND b.name <> 'Heugem' ORDER BY b.name DESC LIMIT 1`,
  );
  const hostile = `<img src="x" data-e2e="binnengesmokkeld">${b.name}`;
  await query(`UPDATE "Buurt" SET name = $2 WHERE id = $1`, [b.id, hostile]);
  try {
    await page.goto("/stadsdelen/zuid/kaart");
    const label = page.locator(".leaflet-tooltip", { hasText: b.name });
    await expect(label).toHaveCount(1);
    await expect(label).toContainText('<img src="x"');
    await expect(page.locator('.leaflet-container img[data-e2e="binnengesmokkeld"]')).toHaveCount(0);
  } finally {
    await query(`UPDATE "Buurt" SET name = $2 WHERE id = $1`, [b.id, b.name]);
  }
});
