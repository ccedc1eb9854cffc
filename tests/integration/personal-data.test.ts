// Personal data, driven by the schema's `/// @avg` markers: every text, JSON
// and resident-describing column carries a decision (a new column without
// one fails here), every category is described in the verwerkingsregister,
// and after "delete my data" and after the retention job no column the
// schema marks as erasable holds anything of that resident — name, e-mail,
// free text, the hashed address keys — and no live link is left.
import { createHash } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { deleteMyDataAction } from "../../lib/actions/registration/delete-my-data.ts";
import { registerAction } from "../../lib/actions/registration/register-for-bijeenkomst.ts";
import { requestNewLinkAction } from "../../lib/actions/registration/request-new-link.ts";
import { applyRetention } from "../../lib/jobs/apply-retention.ts";
import { categories } from "../../lib/privacy/categories.ts";
import { readSchemaMarkers } from "../../lib/privacy/schema-markers.ts";
import { tokenFor } from "../setup/actions.ts";
import { createTestDatabase, type TestDatabase } from "../setup/database.ts";

let db: TestDatabase;
const sha = (s: string) => createHash("sha256").update(s).digest("hex");
const markers = readSchemaMarkers();
const erasable = markers.filter((m) => m.category && categories[m.category]?.erasedWithPerson);

beforeAll(async () => {
  db = await createTestDatabase("demo");
});

/** A resident with data in every table that can hold it: registration with free text, an attended meeting with evaluation comment and reaction, sent and pending mails, links, rate-limit counters. */
async function residentEverywhere(tag: string, ip: string) {
  const buurt = await db.prisma.buurt.findFirstOrThrow();
  const future = await db.prisma.bijeenkomst.create({
    data: {
      kind: "WIJKGESPREK",
      title: `AVG ${tag}`,
      stadsdeelId: buurt.stadsdeelId,
      startsAt: new Date(Date.now() + 9 * 86_400_000),
      endsAt: new Date(Date.now() + 9 * 86_400_000 + 7_200_000),
      locationName: "X",
      address: "Y",
      capacity: 10,
    },
  });
  const person = {
    name: `Zeldzame Naam ${tag}`,
    email: `zeldzaam.${tag}@voorbeeld.nl`,
    needsOther: `unieke wens ${tag}`,
    comment: `unieke opmerking ${tag}`,
    reaction: `unieke reactie ${tag}`,
  };
  const r = await registerAction.run(
    {
      bijeenkomstId: future.id,
      name: person.name,
      email: person.email,
      buurtId: buurt.id,
      postcode: "6211AB",
      partySize: "1",
      consent: "on",
      needsOther: person.needsOther,
      pool: "on",
    },
    db.prisma,
    ip,
  );
  if (!r.ok) throw new Error(r.error);
  const held = await db.prisma.bijeenkomst.findFirstOrThrow({
    where: { verslag: { versions: { some: {} } } },
    include: { verslag: { include: { versions: true } } },
  });
  const attended = await db.prisma.registration.create({
    data: { participantId: r.data.participantId, bijeenkomstId: held.id, status: "ATTENDED", needsOther: person.needsOther },
  });
  await db.prisma.evaluation.create({ data: { registrationId: attended.id, scoreOverall: 4, scoreHeard: 4, scoreOrganisation: 5, comment: person.comment } });
  await db.prisma.reactie.create({ data: { versionId: held.verslag!.versions[0].id, participantId: r.data.participantId, text: person.reaction } });
  await db.prisma.outboxMessage.updateMany({ where: { toEmail: person.email, kind: "registration.confirmed" }, data: { status: "SENT", sentAt: new Date() } });
  await tokenFor(db.prisma, "verslag", person.email, { bijeenkomstId: held.id });
  await requestNewLinkAction.run({ email: person.email }, db.prisma, ip);
  return { ...person, participantId: r.data.participantId, emailKey: sha(person.email), ipKey: sha(ip) };
}

/** Every erasable column of every table that still holds one of these values. */
async function remnants(values: string[]): Promise<string[]> {
  const found: string[] = [];
  for (const m of erasable) {
    const rows = await db.prisma.$queryRawUnsafe<{ v: string }[]>(
      `SELECT "${m.field}"::text AS v FROM "${m.table}" WHERE "${m.field}"::text ILIKE ANY($1::text[]) LIMIT 3`,
      values.map((v) => `%${v}%`),
    );
    for (const r of rows) found.push(`${m.table}.${m.field}: ${r.v.slice(0, 80)}`);
  }
  return found;
}

const liveLinks = (participantId: string) => db.prisma.residentToken.count({ where: { participantId, revokedAt: null, expiresAt: { gt: new Date() } } });

describe("the schema's personal-data markers", () => {
  it("every text, JSON and resident-describing column has a decision, and every category is in the verwerkingsregister", () => {
    expect(markers.filter((m) => m.category === "ONBESLIST").map((m) => `${m.model}.${m.field}`)).toEqual([]);
    expect(markers.filter((m) => m.category && !categories[m.category]).map((m) => `${m.model}.${m.field}: ${m.category}`)).toEqual([]);
    expect(erasable.map((m) => `${m.model}.${m.field}`)).toEqual(
      expect.arrayContaining([
        "Participant.email",
        "Registration.needsOther",
        "Evaluation.comment",
        "Reactie.text",
        "OutboxMessage.text",
        "ResidentToken.tokenHash",
        "RateLimit.key",
      ]),
    );
  });
});

describe("erasure reaches every table", () => {
  it("after 'delete my data' nothing of the resident is left in any erasable column, and no live link", async () => {
    const p = await residentEverywhere("verwijder", "203.0.113.71");
    expect(await remnants([p.name, p.email, p.needsOther, p.comment, p.reaction, p.emailKey])).not.toEqual([]); // the data is there before
    const token = await tokenFor(db.prisma, "manage", p.email);
    const done = await deleteMyDataAction.run({ token, confirm: "VERWIJDER" }, db.prisma);
    expect(done.ok).toBe(true);
    expect(await remnants([p.name, p.email, p.needsOther, p.comment, p.reaction, p.emailKey])).toEqual([]);
    expect(await liveLinks(p.participantId)).toBe(0);
  });

  it("after the retention job likewise — and the counters on the source address are gone too", async () => {
    const p = await residentEverywhere("bewaartermijn", "203.0.113.72");
    await db.prisma.participant.update({ where: { id: p.participantId }, data: { inPool: false } });
    const later = new Date(Date.now() + 3 * 365 * 86_400_000);
    const result = await applyRetention(db.prisma, { months: 24, now: later });
    expect(result.erased).toBeGreaterThan(0);
    expect(await remnants([p.name, p.email, p.needsOther, p.comment, p.reaction, p.emailKey, p.ipKey])).toEqual([]);
    expect(await liveLinks(p.participantId)).toBe(0);
  });

  it("sent mails of people who stay lose address and body after the window; unsent ones keep them", async () => {
    const m = await db.prisma.outboxMessage.create({
      data: {
        kind: "test",
        toEmail: "blijft@voorbeeld.nl",
        subject: "S",
        text: "Beste Blijver, https://x/mijn/abc",
        status: "SENT",
        sentAt: new Date(Date.now() - 8 * 86_400_000),
      },
    });
    const pending = await db.prisma.outboxMessage.create({
      data: { kind: "test", toEmail: "wacht@voorbeeld.nl", subject: "S", text: "nog te sturen", status: "PENDING" },
    });
    await applyRetention(db.prisma, { outboxDays: 7 });
    const after = await db.prisma.outboxMessage.findUniqueOrThrow({ where: { id: m.id } });
    expect([after.toEmail, after.text, after.html, after.redactedAt !== null, after.kind, after.status]).toEqual(["", "", null, true, "test", "SENT"]);
    expect((await db.prisma.outboxMessage.findUniqueOrThrow({ where: { id: pending.id } })).text).toBe("nog te sturen");
  });
});
