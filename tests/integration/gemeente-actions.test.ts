// The municipality's details (beheer → Gemeente): saved by the beheerder
// only, with Dutch messages next to bad fields and nothing written on a
// refusal; the environment's values are the defaults until then; mails
// carry the saved details, filled in by the outbox worker at sending time.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { saveGemeenteAction } from "../../lib/actions/beheer/save-gemeente.ts";
import type { SessionUser } from "../../lib/auth/permissions.ts";
import { readGemeente } from "../../lib/gemeente.ts";
import { messages } from "../../lib/mail/messages.ts";
import { enqueueMessage } from "../../lib/outbox/enqueue-message.ts";
import { processOutbox } from "../../lib/outbox/process-outbox.ts";
import { freePort } from "../../scripts/db/free-port.ts";
import { fingerprint, sessionUser } from "../setup/actions.ts";
import { createTestDatabase, type TestDatabase } from "../setup/database.ts";
import { startSmtp, transportTo } from "../setup/smtp.ts";

let db: TestDatabase;
let beheerder: SessionUser;
let others: SessionUser[];
const valid = {
  name: "Gemeente Voorbeeldstad",
  contactEmail: "Info@Voorbeeldstad.nl",
  contactPhone: "14 099",
  postalAddress: "Postbus 1, 9999 AA Voorbeeldstad",
  privacyOfficerName: "M. de Vries",
  privacyOfficerEmail: "fg@voorbeeldstad.nl",
  accessibilityStatus: "B",
  accessibilityEvaluatedOn: "2026-10-01",
  accessibilityReportUrl: "https://www.toegankelijkheidsverklaring.nl/register/12345",
};

beforeAll(async () => {
  db = await createTestDatabase("demo");
  process.env.DATABASE_URL = db.url;
  beheerder = await sessionUser(db.prisma, "beheerder@demo.example");
  others = await Promise.all(
    ["regisseur.noord@demo.example", "wethouder.zuid@demo.example", "medewerker.verkeer@demo.example"].map((e) => sessionUser(db.prisma, e)),
  );
});

describe("gemeente details", () => {
  it("refuses bad fields with Dutch messages, and every other role, writing nothing; the defaults stand meanwhile", async () => {
    expect(await readGemeente(db.prisma)).toMatchObject({ name: "Gemeente Maastricht", saved: false, accessibilityStatus: "E" });
    const before = await fingerprint(db.prisma);
    const bad = await saveGemeenteAction.run(
      beheerder,
      {
        ...valid,
        name: " ",
        privacyOfficerEmail: "geen-adres",
        accessibilityReportUrl: "http://register.example/1",
        accessibilityEvaluatedOn: "2099-01-01",
        accessibilityStatus: "Z",
        contactPhone: "bel me",
      },
      db.prisma,
    );
    expect(bad.ok).toBe(false);
    if (bad.ok) return;
    expect(bad.fieldErrors).toEqual({
      name: "Vul de naam van de gemeente in.",
      contactPhone: "Gebruik alleen cijfers, spaties en + ( ) -, bijvoorbeeld 14 043.",
      privacyOfficerEmail: "Vul een geldig e-mailadres in, bijvoorbeeld privacy@gemeente.nl.",
      accessibilityStatus: "Kies de status van de toegankelijkheidsverklaring.",
      accessibilityEvaluatedOn: "Vul een datum in die al geweest is.",
      accessibilityReportUrl: "Het webadres moet met https:// beginnen.",
    });
    expect(bad.values?.postalAddress).toBe(valid.postalAddress); // what was typed goes back to the form
    for (const who of others) expect((await saveGemeenteAction.run(who, valid, db.prisma)).ok).toBe(false);
    expect(await fingerprint(db.prisma)).toEqual(before);
  });

  it("saves, audits what changed, and the next mail carries the new name and contact", async () => {
    const saved = await saveGemeenteAction.run(beheerder, valid, db.prisma);
    expect(saved.ok && saved.data.changed).toEqual(expect.arrayContaining(["name", "contactEmail", "privacyOfficerEmail", "accessibilityStatus"]));
    expect(await readGemeente(db.prisma)).toMatchObject({
      name: "Gemeente Voorbeeldstad",
      contactEmail: "info@voorbeeldstad.nl",
      accessibilityStatus: "B",
      saved: true,
    });
    const audit = await db.prisma.auditEvent.findFirstOrThrow({ where: { action: "gemeente.save" } });
    expect(audit.actorId).toBe(beheerder.id);

    await db.prisma.outboxMessage.deleteMany();
    const mail = messages.cancelledByResident(
      { name: "Test", urls: { manage: "https://portaal.example/mijn/x", unsubscribe: "https://portaal.example/afmelden/y" } },
      { id: "b", title: "Avond", startsAt: new Date(), endsAt: new Date(), locationName: "Zaal", address: "Straat 1" },
    );
    await enqueueMessage(db.prisma, { kind: "test", toEmail: "bewoner@voorbeeld.nl", ...mail });
    const port = await freePort();
    const smtp = await startSmtp(port);
    try {
      expect((await processOutbox(db.prisma, transportTo(port))).sent).toBe(1);
      expect(smtp.received[0].text).toContain("Gemeente Voorbeeldstad — Stadsdeelportaal");
      expect(smtp.received[0].text).toContain("Vragen? info@voorbeeldstad.nl, telefoon 14 099");
      expect(smtp.received[0].html).toContain("Gemeente Voorbeeldstad — Stadsdeelportaal");
    } finally {
      await smtp.close();
    }
  });
});

afterAll(async () => {
  await db.prisma.$disconnect();
});
