// No dead ends: for every staff role, follow every link the portal offers
// that role — from the start page outwards, every page pattern once (one
// meeting, one melding, … stands for all) — and assert that none answers
// 403, 404 or an error. A link that is shown must be one the role may use.
import { expect, test } from "@playwright/test";
import { login } from "./helpers";

const roles = ["regisseur.noord@demo.example", "medewerker.openbare-ruimte@demo.example", "wethouder.zuid@demo.example", "beheerder@demo.example"];

/** One visit per page shape: ids (cuid), numbers and tokens become ":id". */
const pattern = (path: string) =>
  path
    .split("?")[0]
    .split("/")
    .map((part) => (/^c[a-z0-9]{20,}$|^\d+$|^[A-Za-z0-9_-]{24,}$/.test(part) ? ":id" : part))
    .join("/");

const skip = (path: string) => path.startsWith("/api/auth") || path.startsWith("/_next") || /\.(png|svg|ico|css|js)$/.test(path);

for (const email of roles) {
  test(`every link offered to ${email.split("@")[0]} leads somewhere it may go`, async ({ page }) => {
    test.setTimeout(180_000);
    await login(page, email);
    const request = page.context().request;
    const queue = ["/medewerker"];
    const seen = new Set<string>([pattern("/medewerker")]);
    const dead: string[] = [];
    let visited = 0;
    while (queue.length && visited < 120) {
      const path = queue.shift()!;
      visited++;
      const response = await request.get(path, { maxRedirects: 0 });
      if (response.status() >= 400 || (response.status() >= 300 && (response.headers().location ?? "").includes("/login"))) {
        dead.push(`${path} → ${response.status()}`);
        continue;
      }
      if (!(response.headers()["content-type"] ?? "").includes("text/html")) continue;
      const html = await response.text();
      for (const [, href] of html.matchAll(/<a [^>]*href="([^"#]+)[^"]*"/g)) {
        const url = new URL(href.replaceAll("&amp;", "&"), "http://localhost");
        if (url.host !== "localhost" || skip(url.pathname)) continue;
        const key = pattern(url.pathname);
        if (seen.has(key)) continue;
        seen.add(key);
        queue.push(url.pathname + url.search);
      }
    }
    expect(dead, `pages linked for ${email} that refuse or fail`).toEqual([]);
    expect(visited).toBeGreaterThan(5);
  });
}
