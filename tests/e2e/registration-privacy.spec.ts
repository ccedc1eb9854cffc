// Residents' data on registration, as a stranger would try it: registering a
// known resident's address with another name changes nothing of theirs and
// answers exactly as for an unknown address; the pool is joined only after
// the mailed confirmation; the unsubscribe link fetched with GET unsubscribes
// nobody, the RFC 8058 one-click POST does. Mails come from the real SMTP
// server in the test process.
import { type Page, expect, test } from "@playwright/test";
import { expectNoAxeViolations, insertMeeting, linkIn, query, waitForMail } from "./helpers";

async function register(page: Page, id: string, name: string, email: string, pool: boolean): Promise<string> {
  await page.goto(`/bijeenkomsten/${id}`);
  await page.getByLabel("Naam").fill(name);
  await page.getByLabel("E-mailadres").fill(email);
  await page.getByLabel("Uw buurt").selectOption({ index: 1 });
  await page.getByLabel(/Ik geef toestemming/).check();
  if (pool) await page.getByLabel(/later uitgenodigd/).check();
  await page.getByRole("button", { name: "Aanmelden" }).click();
  const status = page.getByRole("status").filter({ hasText: "U bent aangemeld." });
  await expect(status).toBeVisible();
  return (await status.innerText()).trim();
}

test("a stranger cannot change a resident, the pool needs the mailed confirmation, unsubscribing needs a POST", async ({ browser }) => {
  test.setTimeout(120_000);
  const stamp = Date.now();
  const id = `e2e-priv-${stamp}`;
  await insertMeeting(id, `Privacy-avond (e2e ${stamp})`, "centrum", 20, 12);
  const known = `karin.${stamp}@voorbeeld.nl`;
  const unknown = `nieuw.${stamp}@voorbeeld.nl`;

  const resident = await (await browser.newContext()).newPage();
  await register(resident, id, "Karin Bekend", known, false);

  // the stranger, with the known address and with an unknown one: the same answer
  const stranger = await (await browser.newContext()).newPage();
  const answerKnown = await register(stranger, id, "Iemand Anders", known, true);
  await expectNoAxeViolations(stranger);
  const answerUnknown = await register(stranger, id, "Iemand Anders", unknown, true);
  expect(answerKnown).toBe(answerUnknown);

  const [p] = await query<{ name: string; inPool: boolean; pool: string }>(
    `SELECT name, "inPool", (SELECT count(*) FROM "Consent" c WHERE c."participantId" = p.id AND c.purpose = 'PARTICIPATION_POOL')::text AS pool FROM "Participant" p WHERE email = $1`,
    [known],
  );
  expect(p).toEqual({ name: "Karin Bekend", inPool: false, pool: "0" });
  const [n] = await query<{ inPool: boolean }>(`SELECT "inPool" FROM "Participant" WHERE email = $1`, [unknown]);
  expect(n.inPool).toBe(false);
  const notice = await waitForMail(known, "Opnieuw aangemeld?");
  expect(notice.text).not.toContain("Iemand Anders");

  // the owner of the new address confirms the pool through the mailed link
  const confirm = await waitForMail(unknown, "Bevestig: vaker meepraten");
  const page = await (await browser.newContext()).newPage();
  await page.goto(linkIn(confirm, "/mijn/"));
  await page.getByRole("button", { name: "Ja, ik doe mee" }).click();
  await expect(page.getByText("U staat in de groep van bewoners die vaker mee willen praten.")).toBeVisible();
  const [joined] = await query<{ inPool: boolean; pool: string }>(
    `SELECT "inPool", (SELECT count(*) FROM "Consent" c WHERE c."participantId" = p.id AND c.purpose = 'PARTICIPATION_POOL' AND c."withdrawnAt" IS NULL)::text AS pool FROM "Participant" p WHERE email = $1`,
    [unknown],
  );
  expect(joined).toEqual({ inPool: true, pool: "1" });

  // GET on the unsubscribe link (what a mail scanner does) changes nothing
  const mail = await waitForMail(unknown, "Bevestiging: Privacy-avond");
  const unsubscribe = linkIn(mail, "/afmelden/");
  expect((await page.request.get(unsubscribe)).status()).toBe(200);
  expect((await page.request.get(`${unsubscribe}/direct`)).status()).toBe(405);
  expect((await query<{ inPool: boolean }>(`SELECT "inPool" FROM "Participant" WHERE email = $1`, [unknown]))[0].inPool).toBe(true);

  // the one-click POST named in the mail's headers does
  expect(mail.headers["list-unsubscribe-post"]).toBe("List-Unsubscribe=One-Click");
  const header = /<https?:\/\/[^/]+(\/afmelden\/[^>]+)>/.exec(mail.headers["list-unsubscribe"] ?? "");
  expect(header?.[1]).toBe(`${unsubscribe}/direct`);
  const post = await page.request.post(header![1], { form: { "List-Unsubscribe": "One-Click" } });
  expect(post.status()).toBe(200);
  expect((await query<{ inPool: boolean }>(`SELECT "inPool" FROM "Participant" WHERE email = $1`, [unknown]))[0].inPool).toBe(false);
});
