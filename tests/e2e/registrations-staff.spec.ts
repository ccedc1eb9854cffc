// The regisseur's registration tools: counts equal to the database, needs,
// check-in on the evening, the audited attendee export, evaluation results,
// reach, the outbox with retry — and axe on each page.
import { expect, test } from "@playwright/test";
import { expectNoAxeViolations, login, query } from "./helpers";

test("registrations, check-in, export, reach and outbox", async ({ page }) => {
  test.setTimeout(90_000);
  const [sd] = await query<{ id: string }>(`SELECT id FROM "Stadsdeel" WHERE slug = 'oost'`);
  const id = `e2e-checkin-${Date.now()}`;
  // tonight, with three registrations (one needs wheelchair access) and one on the waitlist
  await query(
    `INSERT INTO "Bijeenkomst" (id, kind, title, "stadsdeelId", "startsAt", "endsAt", "locationName", address, capacity, "updatedAt")
     VALUES ($1, 'STADSDEELAVOND', 'Avond Oost (e2e)', $2, now() + interval '30 minutes', now() + interval '3 hours', 'Wijkcentrum', 'Straat 1', 3, now())`,
    [id, sd.id],
  );
  const people = [0, 1, 2, 3].map((i) => ({ id: `${id}-p${i}`, name: `Deelnemer ${i} ${id}` }));
  for (const [i, p] of people.entries()) {
    await query(`INSERT INTO "Participant" (id, name, email, "updatedAt") VALUES ($1, $2, $3, now())`, [p.id, p.name, `${p.id}@voorbeeld.nl`]);
    await query(
      `INSERT INTO "Registration" (id, "participantId", "bijeenkomstId", status, "partySize", needs, "updatedAt") VALUES ($1, $2, $3, $4::"RegistrationStatus", 1, $5::"Facility"[], now())`,
      [`${id}-r${i}`, p.id, id, i < 3 ? "CONFIRMED" : "WAITLISTED", i === 0 ? ["WHEELCHAIR_ACCESS"] : []],
    );
  }
  await login(page, "regisseur.oost@demo.example");
  await page.goto(`/medewerker/bijeenkomsten/${id}/aanmeldingen`);
  await expect(page.getByRole("heading", { name: "Aanmeldingen: Avond Oost (e2e)" })).toBeVisible();
  await expect(page.getByTestId("aanmeldingen-telling")).toContainText("Aangemeld (personen)3");
  await expect(page.getByTestId("aanmeldingen-telling")).toContainText("Wachtlijst (personen)1");
  await expect(page.getByText("Rolstoeltoegankelijk: 1 aanmeldingen")).toBeVisible();
  await expectNoAxeViolations(page);

  await page.getByRole("button", { name: `Aanwezig voor ${people[0].name}` }).click();
  await expect(page.getByRole("button", { name: `Aanwezig voor ${people[0].name}` })).toHaveAttribute("aria-pressed", "true");
  await page.getByRole("button", { name: `Niet gekomen voor ${people[1].name}` }).click();
  await expect(page.getByRole("button", { name: `Niet gekomen voor ${people[1].name}` })).toHaveAttribute("aria-pressed", "true");
  const statuses = await query<{ status: string }>(`SELECT status FROM "Registration" WHERE "bijeenkomstId" = $1 ORDER BY id`, [id]);
  expect(statuses.map((s) => s.status)).toEqual(["ATTENDED", "NO_SHOW", "CONFIRMED", "WAITLISTED"]);

  const before = await query<{ n: string }>(`SELECT count(*)::text AS n FROM "AuditEvent" WHERE action = 'registrations.export' AND "entityId" = $1`, [id]);
  const csv = await page.request.get(`/medewerker/bijeenkomsten/${id}/aanmeldingen/export`);
  expect((await csv.text()).split("\r\n").filter(Boolean)).toHaveLength(5); // header + 4
  const after = await query<{ n: string }>(`SELECT count(*)::text AS n FROM "AuditEvent" WHERE action = 'registrations.export' AND "entityId" = $1`, [id]);
  expect(Number(after[0].n)).toBe(Number(before[0].n) + 1);
  // another stadsdeel's regisseur may not export
  const other = await page.context().browser()!.newContext();
  const op = await other.newPage();
  await login(op, "regisseur.west@demo.example");
  expect((await op.request.get(`/medewerker/bijeenkomsten/${id}/aanmeldingen/export`)).status()).toBe(403);
  await other.close();

  await page.goto("/medewerker/stadsdelen/oost/bereik");
  await expect(page.getByRole("heading", { name: "Bereik in Oost" })).toBeVisible();
  await expect(page.getByText("Geen referentiecijfers per buurt geïmporteerd")).toBeVisible();
  await expectNoAxeViolations(page);

  await query(
    `INSERT INTO "OutboxMessage" (id, kind, "toEmail", subject, text, status, attempts, "lastError") VALUES ($1, 'test', 'x@voorbeeld.nl', 'Mislukt bericht (e2e)', 'x', 'FAILED', 6, 'verbinding geweigerd')`,
    [`${id}-mail`],
  );
  // the outbox holds every stadsdeel's residents' addresses: beheerder only
  expect((await page.goto("/medewerker/outbox"))?.status()).toBe(403);
  const admin = await page.context().browser()!.newContext();
  const ap = await admin.newPage();
  await login(ap, "beheerder@demo.example");
  await ap.goto("/medewerker/outbox?status=FAILED");
  await expectNoAxeViolations(ap);
  const row = ap.getByRole("row").filter({ hasText: "Mislukt bericht (e2e)" });
  await row.getByRole("button", { name: "Opnieuw versturen" }).click();
  await expect(row.getByText("Opnieuw in de wachtrij")).toBeVisible();
  await admin.close();
  const [m] = await query<{ status: string }>(`SELECT status FROM "OutboxMessage" WHERE id = $1`, [`${id}-mail`]);
  expect(["PENDING", "SENDING", "SENT"]).toContain(m.status);
});
