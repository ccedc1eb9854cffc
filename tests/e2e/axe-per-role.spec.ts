// axe (WCAG 2.2 AA tags) on every page each audience can reach — a resident
// from the home page and every staff role from its start page, following
// the links the portal offers (one page per shape, see crawl.ts) — on a
// 1366 px desktop and on a 390 px touch phone, map pages with their
// clustered markers included. Each failing page is named with its rules.
import { expect, test } from "@playwright/test";
import { crawl } from "./crawl";
import { axeViolations, login, minimumPages, staffRoles as roles } from "./helpers";

// residents: the public pages; staff: their own pages (the public ones are the residents' test)
const audiences: { who: string; email: string | null; start: string }[] = [
  { who: "bewoner", email: null, start: "/" },
  ...roles.map((email) => ({ who: email.split("@")[0], email, start: "/medewerker" })),
];

for (const a of audiences) {
  for (const width of [1366, 390]) {
    test(`axe is clean on every page ${a.who} reaches, at ${width} px`, async ({ browser }) => {
      test.setTimeout(300_000);
      const phone = width < 500;
      const context = await browser.newContext({ viewport: { width, height: phone ? 844 : 900 }, isMobile: phone, hasTouch: phone });
      const page = await context.newPage();
      if (a.email) await login(page, a.email);
      const { visited } = await crawl(context.request, a.start, 80, a.start);
      const failures: string[] = [];
      for (const path of visited) {
        await page.goto(path);
        await page.waitForLoadState("networkidle");
        const v = await axeViolations(page);
        if (v.length) failures.push(`${path}: ${v.join("; ")}`);
      }
      expect(failures, `pages with axe violations for ${a.who} at ${width} px`).toEqual([]);
      expect(visited.length).toBeGreaterThanOrEqual(minimumPages(a.email));
      console.log(`axe: ${visited.length} pages clean for ${a.who} at ${width} px`);
      await context.close();
    });
  }
}
