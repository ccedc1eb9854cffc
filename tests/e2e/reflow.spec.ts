// Reflow (WCAG 1.4.10) at 320 CSS px: no page scrolls sideways — wide
// tables scroll inside their own labelled region instead — and axe (WCAG
// 2.2 AA) stays clean at a 390 px phone width.
import { expect, test } from "@playwright/test";
import { expectNoAxeViolations, login, query } from "./helpers";

/** The page's width, and when it is too wide, which element sticks out (with its ancestors' widths). */
async function pageWidth(page: import("@playwright/test").Page) {
  await page.waitForLoadState("networkidle");
  return page.evaluate(() => {
    const width = document.documentElement.scrollWidth;
    if (width <= window.innerWidth) return { width, culprit: "" };
    const outside = (e: Element) => e.getBoundingClientRect().right > window.innerWidth + 1 || e.scrollWidth > e.clientWidth + 1;
    const el = Array.from(document.querySelectorAll("body *")).find(
      (e) => !e.closest(".table-scroll") && getComputedStyle(e).overflowX === "visible" && outside(e) && !Array.from(e.children).some(outside),
    );
    const chain: string[] = [];
    for (let p = el ?? null; p && p !== document.body; p = p.parentElement)
      chain.push(`${p.tagName.toLowerCase()}(${Math.round(p.getBoundingClientRect().width)})`);
    return { width, culprit: `${chain.join(" < ")} "${(el?.textContent ?? "").slice(0, 40)}"` };
  });
}

test("public pages at 320 px do not scroll sideways", async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 720 });
  for (const path of ["/", "/bijeenkomsten", "/stadsdelen/noord", "/privacy", "/toegankelijkheid", "/mijn"]) {
    await page.goto(path);
    const { width, culprit } = await pageWidth(page);
    expect(width, `${path}: ${culprit}`).toBeLessThanOrEqual(320);
  }
});

test("staff pages at 320 px do not scroll sideways; at 390 px axe is clean", async ({ browser }) => {
  test.setTimeout(180_000);
  const [b] = await query<{ id: string }>(
    `SELECT b.id FROM "Bijeenkomst" b JOIN "Stadsdeel" s ON s.id = b."stadsdeelId" WHERE s.slug = 'noord' AND b."startsAt" < now() ORDER BY b."startsAt" DESC LIMIT 1`,
  );
  const [m] = await query<{ id: string }>(
    `SELECT m.id FROM "Melding" m JOIN "Stadsdeel" s ON s.id = m."stadsdeelId" WHERE s.slug = 'noord' AND m.lat IS NOT NULL LIMIT 1`,
  );
  const perRole: [string, string[]][] = [
    [
      "regisseur.noord@demo.example",
      [
        "/medewerker",
        "/medewerker/bijeenkomsten",
        "/medewerker/inbreng",
        "/medewerker/meldingen",
        "/medewerker/agenda",
        "/medewerker/dashboard",
        "/medewerker/stadsdelen/noord",
        `/medewerker/bijeenkomsten/${b.id}`,
        `/medewerker/bijeenkomsten/${b.id}/aanmeldingen`,
        `/medewerker/bijeenkomsten/${b.id}/verslag`,
        `/medewerker/meldingen/${m.id}`,
      ],
    ],
    [
      "beheerder@demo.example",
      [
        "/medewerker/beheer/medewerkers",
        "/medewerker/beheer/indeling",
        "/medewerker/beheer/gebieden",
        "/medewerker/beheer/referentiecijfers",
        "/medewerker/beheer/gemeente",
        "/medewerker/outbox",
        "/medewerker/beheer/verwerkingsregister",
      ],
    ],
  ];
  for (const [email, paths] of perRole) {
    const context = await browser.newContext({ viewport: { width: 320, height: 720 } });
    const page = await context.newPage();
    await login(page, email);
    const wide: string[] = [];
    for (const path of paths) {
      await page.goto(path);
      const { width, culprit } = await pageWidth(page);
      if (width > 320) wide.push(`${path}: ${width} px — ${culprit}`);
    }
    expect(wide, `pages wider than 320 px for ${email}`).toEqual([]);
    await page.setViewportSize({ width: 390, height: 844 });
    for (const path of paths) {
      await test.step(`axe at 390 px: ${path}`, async () => {
        await page.goto(path);
        await expectNoAxeViolations(page);
      });
    }
    await context.close();
  }
});
