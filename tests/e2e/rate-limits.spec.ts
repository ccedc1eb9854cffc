// A burst of 500 registrations over HTTP — the real server action, replayed
// from one submission in the browser — each with a different spoofed
// X-Forwarded-For in front of the address the (trusted) proxy saw: the
// per-address limit counts the real source, so only the allowed number get
// through and the rest get the Dutch refusal.
import { expect, test } from "@playwright/test";
import { insertMeeting, query } from "./helpers";

const LIMIT = 20; // RATE_LIMIT_REGISTRATIONS_PER_IP's default

test("a burst with spoofed X-Forwarded-For is rate-limited on the real source address", async ({ page }) => {
  test.setTimeout(120_000);
  const stamp = Date.now();
  const id = `e2e-burst-${stamp}`;
  await insertMeeting(id, `Drukte-avond (e2e ${stamp})`, "west", 50, 15);
  const first = `burst-0.${stamp}@voorbeeld.nl`;
  await page.goto(`/bijeenkomsten/${id}`);
  await page.getByLabel("Naam").fill("Snelle Bewoner");
  await page.getByLabel("E-mailadres").fill(first);
  await page.getByLabel("Uw buurt").selectOption({ index: 1 });
  await page.getByLabel(/Ik geef toestemming/).check();
  const [submission] = await Promise.all([
    page.waitForRequest((r) => r.method() === "POST" && !!r.headers()["next-action"]),
    page.getByRole("button", { name: "Aanmelden" }).click(),
  ]);
  await expect(page.getByRole("status").filter({ hasText: "U bent aangemeld." })).toBeVisible();
  const body = submission.postDataBuffer()!.toString("latin1");
  const headers = Object.fromEntries(
    Object.entries(submission.headers()).filter(([k]) => ["next-action", "content-type", "accept", "next-router-state-tree"].includes(k)),
  );

  const realSource = `2001:db8::${(stamp % 65_536).toString(16)}`; // unique per run: the window of an earlier run never counts
  const answers = await Promise.all(
    Array.from({ length: 500 }, async (_, i) => {
      const spoofed = `198.18.${i >> 8}.${i & 255}`;
      const r = await page.request.post(`/bijeenkomsten/${id}`, {
        headers: { ...headers, "x-forwarded-for": `${spoofed}, ${realSource}` },
        data: Buffer.from(body.replace(first, `burst-${i + 1}.${stamp}@voorbeeld.nl`), "latin1"),
      });
      return { status: r.status(), text: await r.text() };
    }),
  );
  expect(answers.filter((a) => a.status !== 200)).toEqual([]);
  const refused = answers.filter((a) => a.text.includes("te veel aanmeldingen"));
  expect(refused).toHaveLength(500 - LIMIT);
  const [{ n }] = await query<{ n: string }>(`SELECT count(*)::text AS n FROM "Registration" WHERE "bijeenkomstId" = $1`, [id]);
  expect(Number(n)).toBe(1 + LIMIT);
});
