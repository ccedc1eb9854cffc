// Maps on a phone and finding one's stadsdeel: on a 390 px touch screen a
// one-finger swipe over a map scrolls the page (two fingers move the map);
// the home page's postcode search finds the stadsdeel through the
// Locatieserver (a local fake of its `free` endpoint), and with the
// Locatieserver gone the buurt list still leads there.
import { expect, test } from "@playwright/test";
import { e2eLocatieserverPort } from "../../playwright.config";
import { startLocatieserverFake } from "../setup/locatieserver-fake";
import { expectNoAxeViolations } from "./helpers";

test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });

test("a one-finger swipe over a map scrolls the page, and the map says two fingers move it", async ({ page }) => {
  await page.goto("/");
  const map = page.locator(".area-map");
  await expect(map).toHaveAttribute("data-touch", "two-finger");
  // the map's top 300 px below the top of the screen, with page enough below it to scroll
  await page.evaluate(() => window.scrollTo(0, document.querySelector(".area-map")!.getBoundingClientRect().top + window.scrollY - 300));
  const before = await page.evaluate(() => window.scrollY);
  expect(await page.evaluate(() => document.documentElement.scrollHeight - window.innerHeight - window.scrollY)).toBeGreaterThan(300);
  const box = (await map.boundingBox())!;
  const centre = await page.evaluate(() => document.querySelector(".leaflet-map-pane")!.getAttribute("style"));
  const cdp = await page.context().newCDPSession(page);
  // one finger down on the map and up the screen, in steps, as a thumb does
  const x = Math.round(box.x + box.width / 2);
  const y = Math.round(box.y + Math.min(box.height, 400) * 0.6);
  await cdp.send("Input.dispatchTouchEvent", { type: "touchStart", touchPoints: [{ x, y }] });
  await expect(map.getByText("Gebruik twee vingers om de kaart te verplaatsen")).toBeVisible();
  for (let i = 1; i <= 10; i++) await cdp.send("Input.dispatchTouchEvent", { type: "touchMove", touchPoints: [{ x, y: y - i * 25 }] });
  await cdp.send("Input.dispatchTouchEvent", { type: "touchEnd", touchPoints: [] });
  await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(before + 100);
  // the map itself did not move under the finger
  expect(await page.evaluate(() => document.querySelector(".leaflet-map-pane")!.getAttribute("style"))).toBe(centre);
  // names are on the map without hovering
  await expect(map.locator(".area-label", { hasText: "Centrum" })).toBeVisible();
});

test("the home page finds the stadsdeel by postcode; offline the buurt list still does", async ({ page }) => {
  const fake = await startLocatieserverFake(e2eLocatieserverPort);
  try {
    await page.goto("/");
    await page.getByLabel("Postcode of adres").fill("6211 CR");
    await page.getByRole("button", { name: "Zoeken", exact: true }).click();
    await expect(page.getByRole("heading", { name: "Uw stadsdeel: Centrum" })).toBeVisible();
    await expect(page.getByRole("status")).toHaveText("6211CR Maastricht ligt in buurt Binnenstad, stadsdeel Centrum.");
    expect(fake.requests.at(-1)!.searchParams.get("q")).toBe("6211 CR");
    await expectNoAxeViolations(page);
    await page.getByRole("link", { name: "Naar stadsdeel Centrum" }).click();
    await expect(page).toHaveURL(/\/stadsdelen\/centrum$/);
    // several hits: each with its stadsdeel, or that it lies elsewhere
    await page.goto("/vind-uw-stadsdeel?adres=Markt");
    await expect(page.getByTestId("adres-resultaten").getByRole("listitem")).toHaveText([
      "Markt 78, 6211CR Maastricht ligt in buurt Binnenstad, stadsdeel Centrum.",
      "Markt 1, 1012JS Amsterdam ligt niet in Gemeente Maastricht.",
    ]);
    // too short: the message next to the field, what was typed kept
    await page.goto("/");
    await page.getByLabel("Postcode of adres").fill("62");
    await page.getByRole("button", { name: "Zoeken", exact: true }).click();
    await expect(page.getByText("Vul een postcode (bijvoorbeeld 6211 AB)")).toBeVisible();
    await expect(page.getByLabel("Postcode of adres")).toHaveValue("62");
    await expect(page.getByLabel("Postcode of adres")).toHaveAttribute("aria-invalid", "true");
  } finally {
    await fake.close();
  }
  // the Locatieserver is gone: the search says so, the buurt list leads on
  await page.goto("/");
  await page.getByLabel("Postcode of adres").fill("6211 CR");
  await page.getByRole("button", { name: "Zoeken", exact: true }).click();
  await expect(page.getByRole("status")).toContainText("Zoeken op adres lukt nu niet. Kies hieronder uw buurt");
  await expectNoAxeViolations(page);
  await page.getByLabel("Of kies uw buurt").selectOption({ label: "Wyck" });
  await page.getByRole("button", { name: "Naar mijn stadsdeel" }).click();
  await expect(page).toHaveURL(/\/stadsdelen\/centrum$/);
});
