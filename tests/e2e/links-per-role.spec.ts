// No dead ends: for every staff role, follow every link the portal offers
// that role — from the start page outwards, every page pattern once (one
// meeting, one melding, … stands for all) — and assert that none answers
// 403, 404 or an error. A link that is shown must be one the role may use.
import { expect, test } from "@playwright/test";
import { crawl } from "./crawl";
import { login, minimumPages, staffRoles as roles } from "./helpers";

for (const email of roles) {
  test(`every link offered to ${email.split("@")[0]} leads somewhere it may go`, async ({ page }) => {
    test.setTimeout(180_000);
    await login(page, email);
    const { dead, visited } = await crawl(page.context().request, "/medewerker");
    expect(dead, `pages linked for ${email} that refuse or fail`).toEqual([]);
    expect(visited.length).toBeGreaterThanOrEqual(minimumPages(email));
  });
}
