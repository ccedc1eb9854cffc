// Shared steps for the browser tests: staff login, axe checks, and direct
// database reads to compare what a page shows with what is stored.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import AxeBuilder from "@axe-core/playwright";
import { expect, type Page } from "@playwright/test";
import pg from "pg";
import { e2eDataDir, e2eMailDir } from "../../playwright.config";

export const DEMO_PASSWORD = "demo-wachtwoord";

/** One demo account per staff role (the crawling tests walk the portal as each). */
export const staffRoles = [
  "regisseur.noord@demo.example",
  "medewerker.openbare-ruimte@demo.example",
  "wethouder.zuid@demo.example",
  "beheerder@demo.example",
  "partner.politie@demo.example",
];
/** How many page shapes a crawl from the start page must reach at least (a partner has only dossiers and acties). */
export const minimumPages = (email: string | null) => (email?.startsWith("partner.") ? 3 : 6);

export async function login(page: Page, email: string, password = DEMO_PASSWORD) {
  await page.goto("/login");
  await page.getByLabel("E-mailadres").fill(email);
  await page.getByLabel("Wachtwoord").fill(password);
  await page.getByRole("button", { name: "Inloggen", exact: true }).click();
  await page.waitForURL("**/medewerker");
}

/** axe with the WCAG 2.2 AA tags on the page as it is now: one line per violation. */
export async function axeViolations(page: Page): Promise<string[]> {
  if (!(await page.evaluate(() => matchMedia("(pointer: coarse)").matches))) await page.mouse.move(0, 0); // the page at rest: no hover tooltip half-drawn under the pointer
  // react-leaflet fills a map tooltip through a portal one render after Leaflet adds it: wait until none is half-made
  const tooltipsFilled = () =>
    page.waitForFunction(() => [...document.querySelectorAll('[role="tooltip"]')].every((t) => t.textContent?.trim()), null, { timeout: 5000 }).catch(() => {});
  const run = async () => (await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]).analyze()).violations;
  // Next streams a page's metadata after its body: on a busy machine the <title> can land a moment after the
  // content. Wait for it (up to 10 s); a page that never gets one is still reported by axe ("document-title").
  await page.waitForFunction(() => document.title.trim() !== "", null, { timeout: 10_000 }).catch(() => {});
  await tooltipsFilled();
  let violations = await run();
  // a tooltip Leaflet added while axe ran (a CI run caught one, #leaflet-tooltip-49): once more after it is filled;
  // a tooltip that stays empty is still reported by the second run
  if (violations.some((v) => v.id === "aria-tooltip-name")) {
    await tooltipsFilled();
    violations = await run();
  }
  return violations.map(
    (v) =>
      `${v.id}: ${v.help} (${v.nodes
        .map((n) => n.target.join(" "))
        .slice(0, 3)
        .join(", ")})`,
  );
}

export async function expectNoAxeViolations(page: Page) {
  expect(await axeViolations(page)).toEqual([]);
}

/** Runs a query on the portal's own database (found through its runtime file). */
export async function query<T extends pg.QueryResultRow>(sql: string, params: unknown[] = []): Promise<T[]> {
  const { url } = JSON.parse(readFileSync(path.join(e2eDataDir, "runtime.json"), "utf8")) as { url: string };
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<T>(sql, params)).rows;
  } finally {
    await client.end();
  }
}

/** The dashboard rollups brought up to date now, as the worker's job does each minute — again when the worker's own refresh committed after this one's snapshot (a serialisation failure writes nothing). */
export async function refreshRollups(): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    try {
      await query("BEGIN ISOLATION LEVEL REPEATABLE READ; SELECT refresh_dashboard_rollups(); COMMIT");
      return;
    } catch (error) {
      if (attempt >= 5 || (error as { code?: string }).code !== "40001") throw error;
    }
  }
}

export type CapturedMail = {
  to: string;
  subject: string;
  text: string;
  html: string;
  attachments: { filename: string; content: string }[];
  headers: Record<string, string>;
};

/** Waits until the in-process SMTP server received a mail for `to` whose subject starts with `subject`. */
export async function waitForMail(to: string, subject: string, timeoutMs = 20_000): Promise<CapturedMail> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (existsSync(e2eMailDir)) {
      for (const f of readdirSync(e2eMailDir).sort()) {
        const m = JSON.parse(readFileSync(path.join(e2eMailDir, f), "utf8")) as CapturedMail;
        if (m.to.includes(to) && m.subject.startsWith(subject)) return m;
      }
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`no mail "${subject}…" for ${to} within ${timeoutMs} ms`);
}

export function linkIn(mail: CapturedMail, pathPrefix: string): string {
  const m = new RegExp(`https?://[^\\s"]+(${pathPrefix}[^\\s"]+)`).exec(mail.text);
  if (!m) throw new Error(`no ${pathPrefix} link in mail "${mail.subject}"`);
  return m[1];
}

/** A planned bijeenkomst straight in the database (id and title unique per run), `inDays` days ahead in a stadsdeel. */
export async function insertMeeting(id: string, title: string, stadsdeelSlug: string, capacity: number, inDays: number): Promise<void> {
  const [sd] = await query<{ id: string }>(`SELECT id FROM "Stadsdeel" WHERE slug = $1`, [stadsdeelSlug]);
  await query(
    `INSERT INTO "Bijeenkomst" (id, kind, title, "stadsdeelId", "startsAt", "endsAt", "locationName", address, capacity, "updatedAt")
     VALUES ($1, 'WIJKGESPREK', $2, $3, now() + make_interval(days => $4::int), now() + make_interval(days => $4::int, hours => 2), 'Buurthuis', 'Markt 78, Maastricht', $5::int, now())`,
    [id, title, sd.id, inDays, capacity],
  );
}
