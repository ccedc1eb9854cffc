// AVG finding "anyone can register anyone": a registration with a known
// address never changes that person's data nor puts them in the pool; the
// pool is joined only through the mailed link (consent written then); the
// answer to the browser is the same for a known and an unknown address; the
// confirmation mail's "dit was ik niet" undoes the registration and removes
// what a stranger typed.
import { beforeAll, describe, expect, it } from "vitest";
import { notMeAction } from "../../lib/actions/registration/not-me.ts";
import { registerAction, toPublicOutcome } from "../../lib/actions/registration/register-for-bijeenkomst.ts";
import { setPoolMembershipAction } from "../../lib/actions/registration/set-pool-membership.ts";
import { fingerprint, tokenFor } from "../setup/actions.ts";
import { createTestDatabase, type TestDatabase } from "../setup/database.ts";

let db: TestDatabase;
let buurtId: string;
let otherBuurtId: string;
let stadsdeelId: string;

async function meeting(title: string, capacity = 10) {
  return db.prisma.bijeenkomst.create({
    data: {
      kind: "STADSDEELAVOND",
      title,
      stadsdeelId,
      startsAt: new Date(Date.now() + 7 * 86_400_000),
      endsAt: new Date(Date.now() + 7 * 86_400_000 + 9e6),
      locationName: "Buurthuis",
      address: "Straat 1",
      capacity,
    },
  });
}
const form = (bijeenkomstId: string, email: string, over: Record<string, unknown> = {}) => ({
  bijeenkomstId,
  name: "Echte Bewoner",
  email,
  buurtId,
  postcode: "6211AB",
  partySize: "1",
  consent: "on",
  ...over,
});
const toFormData = (o: Record<string, unknown>) => {
  const f = new FormData();
  for (const [k, v] of Object.entries(o)) f.set(k, String(v));
  return f;
};

beforeAll(async () => {
  db = await createTestDatabase("demo");
  const [a, b] = await db.prisma.buurt.findMany({ take: 2, orderBy: { code: "asc" } });
  buurtId = a.id;
  otherBuurtId = b.id;
  stadsdeelId = a.stadsdeelId;
});

describe("a stranger registers a known resident's address", () => {
  it("keeps the resident's name, buurt, postcode and pool status, and mails the owner instead of greeting the stranger's name", async () => {
    const first = await meeting("Eerste");
    const second = await meeting("Tweede");
    const email = "echt@voorbeeld.nl";
    expect((await registerAction.run(form(first.id, email), db.prisma, "1.1.1.1")).ok).toBe(true);
    const before = await db.prisma.participant.findUniqueOrThrow({ where: { email } });

    const stranger = await registerAction.run(
      form(second.id, email, { name: "Iemand Anders", buurtId: otherBuurtId, postcode: "9999ZZ", pool: "on" }),
      db.prisma,
      "6.6.6.6",
    );
    expect(stranger.ok).toBe(true);
    const after = await db.prisma.participant.findUniqueOrThrow({ where: { email }, include: { consents: true } });
    expect({ name: after.name, buurtId: after.buurtId, postcode: after.postcode, inPool: after.inPool, poolJoinedAt: after.poolJoinedAt }).toEqual({
      name: before.name,
      buurtId: before.buurtId,
      postcode: before.postcode,
      inPool: false,
      poolJoinedAt: null,
    });
    expect(after.consents.filter((c) => c.purpose === "PARTICIPATION_POOL")).toEqual([]);
    const mail = await db.prisma.outboxMessage.findFirstOrThrow({ where: { toEmail: email, kind: "registration.confirmed", subject: { contains: "Tweede" } } });
    expect(mail.text).not.toContain("Iemand Anders");
    expect(mail.text).toContain("Dit was ik niet: ");
  });

  it("answers the browser the same for a known and an unknown address, a repeat included, with no ids", async () => {
    const b = await meeting("Antwoord");
    await registerAction.run(form(b.id, "bekend@voorbeeld.nl"), db.prisma, "1.1.1.2");
    const answer = async (email: string) => {
      const fd = toFormData(form(b.id, email, { name: "Iemand Anders" }));
      return toPublicOutcome(await registerAction.run(fd, db.prisma, "1.1.1.2"), fd);
    };
    const known = await answer("bekend@voorbeeld.nl");
    const unknown = await answer("onbekend@voorbeeld.nl");
    expect(known.ok, JSON.stringify(known)).toBe(true);
    expect(known).toEqual(unknown);
    expect(Object.keys(known.ok ? known.data : {}).sort()).toEqual(["poolRequested", "status", "title"]);
    // the owner of the known address is told by mail
    expect(await db.prisma.outboxMessage.count({ where: { toEmail: "bekend@voorbeeld.nl", kind: "registration.duplicate" } })).toBe(1);
  });
});

describe("the pool is a double opt-in", () => {
  it("asking for the pool at registration writes no consent and no membership, only a confirmation mail; the manage link's button does", async () => {
    const b = await meeting("Pool");
    const email = "pool-optin@voorbeeld.nl";
    expect((await registerAction.run(form(b.id, email, { pool: "on" }), db.prisma, "1.1.1.3")).ok).toBe(true);
    let p = await db.prisma.participant.findUniqueOrThrow({ where: { email }, include: { consents: true } });
    expect(p.inPool).toBe(false);
    expect(p.consents.map((c) => c.purpose)).toEqual(["REGISTRATION"]);
    const confirm = await db.prisma.outboxMessage.findFirstOrThrow({ where: { toEmail: email, kind: "pool.confirm" } });
    expect(confirm.text).toContain("/mijn/");

    expect((await setPoolMembershipAction.run({ token: await tokenFor(db.prisma, "manage", email), join: "true" }, db.prisma)).ok).toBe(true);
    p = await db.prisma.participant.findUniqueOrThrow({ where: { email }, include: { consents: true } });
    expect(p.inPool).toBe(true);
    expect(p.consents.map((c) => c.purpose).sort()).toEqual(["PARTICIPATION_POOL", "REGISTRATION"]);
  });
});

describe("dit was ik niet", () => {
  it("for an address with nothing else: cancels, and removes the person", async () => {
    const b = await meeting("Niet ik", 1);
    const email = "nietik@voorbeeld.nl";
    const r = await registerAction.run(form(b.id, email, { needsOther: "rolstoelplek graag" }), db.prisma, "1.1.1.4");
    const waiting = await registerAction.run(form(b.id, "wacht@voorbeeld.nl"), db.prisma, "1.1.1.4");
    if (!r.ok || !waiting.ok) throw new Error("registration failed");
    expect(waiting.data.status).toBe("WAITLISTED");

    const done = await notMeAction.run({ token: await tokenFor(db.prisma, "manage", email), registrationId: r.data.registrationId }, db.prisma);
    expect(done.ok && done.data.removed).toBe(true);
    const reg = await db.prisma.registration.findUniqueOrThrow({ where: { id: r.data.registrationId } });
    expect({ status: reg.status, needsOther: reg.needsOther }).toEqual({ status: "CANCELLED", needsOther: null });
    expect(await db.prisma.participant.count({ where: { email } })).toBe(0);
    expect((await db.prisma.registration.findUniqueOrThrow({ where: { id: waiting.data.registrationId } })).status).toBe("CONFIRMED");
    expect(await db.prisma.auditEvent.count({ where: { action: "registration.not-me", entityId: reg.id } })).toBe(1);
  });

  it("for a resident with other registrations: cancels only this one and keeps the person", async () => {
    const email = "twee@voorbeeld.nl";
    const a = await registerAction.run(form((await meeting("Eigen")).id, email), db.prisma, "1.1.1.5");
    const b = await registerAction.run(form((await meeting("Vreemd")).id, email, { name: "Vreemde" }), db.prisma, "1.1.1.6");
    if (!a.ok || !b.ok) throw new Error("registration failed");
    const done = await notMeAction.run({ token: await tokenFor(db.prisma, "manage", email), registrationId: b.data.registrationId }, db.prisma);
    expect(done.ok && done.data.removed).toBe(false);
    expect((await db.prisma.participant.findUniqueOrThrow({ where: { email } })).name).toBe("Echte Bewoner");
    expect((await db.prisma.registration.findUniqueOrThrow({ where: { id: a.data.registrationId } })).status).toBe("CONFIRMED");
  });

  it("refuses a forged link, another person's registration and bad input, and changes nothing", async () => {
    const b = await meeting("Weigeren");
    const r = await registerAction.run(form(b.id, "weiger@voorbeeld.nl"), db.prisma, "1.1.1.7");
    if (!r.ok) throw new Error("registration failed");
    const before = await fingerprint(db.prisma);
    const forged = await notMeAction.run({ token: "x".repeat(40), registrationId: r.data.registrationId }, db.prisma);
    const other = await notMeAction.run({ token: await tokenFor(db.prisma, "manage", "echt@voorbeeld.nl"), registrationId: r.data.registrationId }, db.prisma);
    const invalid = await notMeAction.run({ token: await tokenFor(db.prisma, "manage", "weiger@voorbeeld.nl"), registrationId: "" }, db.prisma);
    expect([forged.ok, other.ok, invalid.ok]).toEqual([false, false, false]);
    expect(await fingerprint(db.prisma)).toEqual(before);
  });
});
