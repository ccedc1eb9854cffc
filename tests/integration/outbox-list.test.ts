// The beheerder's outbox list: search in address and subject, a page at a
// time, newest first, every view audited; refused to everyone else.
import { beforeAll, describe, expect, it } from "vitest";
import { listOutbox, OUTBOX_PAGE_SIZE } from "../../lib/data/outbox/list-outbox.ts";
import { enqueueMessage } from "../../lib/outbox/enqueue-message.ts";
import { sessionUser } from "../setup/actions.ts";
import { createTestDatabase, type TestDatabase } from "../setup/database.ts";

let db: TestDatabase;

beforeAll(async () => {
  db = await createTestDatabase("demo");
  process.env.DATABASE_URL = db.url;
  await db.prisma.outboxMessage.deleteMany();
  for (let i = 0; i < 60; i++) {
    await enqueueMessage(db.prisma, {
      kind: "test",
      toEmail: i % 3 === 0 ? `kees.${i}@voorbeeld.nl` : `anna.${i}@voorbeeld.nl`,
      subject: i === 7 ? "Uitnodiging: Wijkgesprek Heer" : `Bevestiging ${i}`,
      text: "…",
    });
  }
});

describe("listOutbox", () => {
  it("searches address and subject, pages by 50, and audits each view", async () => {
    const beheerder = await sessionUser(db.prisma, "beheerder@demo.example");
    const all = await listOutbox(beheerder);
    expect([all.total, all.messages.length, all.page]).toEqual([60, OUTBOX_PAGE_SIZE, 1]);
    const second = await listOutbox(beheerder, { page: 2 });
    expect(second.messages.length).toBe(10);
    expect(new Set([...all.messages, ...second.messages].map((m) => m.id)).size).toBe(60);
    expect((await listOutbox(beheerder, { q: "KEES." })).total).toBe(20);
    expect((await listOutbox(beheerder, { q: "wijkgesprek" })).messages.map((m) => m.subject)).toEqual(["Uitnodiging: Wijkgesprek Heer"]);
    expect((await listOutbox(beheerder, { q: "kees", status: "SENT" })).total).toBe(0);
    expect(await db.prisma.auditEvent.count({ where: { action: "outbox.view", actorId: beheerder.id } })).toBe(5);
  });

  it("is refused to every other role", async () => {
    for (const email of ["regisseur.noord@demo.example", "wethouder.zuid@demo.example", "medewerker.verkeer@demo.example"]) {
      await expect(listOutbox(await sessionUser(db.prisma, email))).rejects.toMatchObject({ code: "FORBIDDEN" });
    }
  });
});
