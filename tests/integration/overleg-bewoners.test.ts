// Residents as members of an overleg: invited by whoever runs it (name and
// e-mail only), a member only after their own "ja" through the mail link
// (a consent record for this overleg), mails without staff links, their
// name seen only by those who run the overleg, leaving through the manage
// link, and deletion and retention reaching their seat. Every action with
// valid input, invalid input and wrong roles, the database unchanged after
// each refusal.
import { beforeAll, describe, expect, it } from "vitest";
import { answerInvitationAction } from "../../lib/actions/overleg/answer-invitation.ts";
import { createOverlegAction } from "../../lib/actions/overleg/create-overleg.ts";
import { inviteBewonerAction } from "../../lib/actions/overleg/invite-bewoner.ts";
import { recordAttendanceAction } from "../../lib/actions/overleg/record-attendance.ts";
import { removeBewonerAction } from "../../lib/actions/overleg/remove-bewoner.ts";
import { sendSessieListsAction } from "../../lib/actions/overleg/send-sessie-lists.ts";
import { deleteMyDataAction } from "../../lib/actions/registration/delete-my-data.ts";
import { leaveOverlegAction } from "../../lib/actions/registration/leave-overleg.ts";
import type { SessionUser } from "../../lib/auth/permissions.ts";
import { getOverleg } from "../../lib/data/overleggen/get-overleg.ts";
import { getSessie } from "../../lib/data/overleggen/get-sessie.ts";
import { todayKey } from "../../lib/datetime.ts";
import { applyRetention } from "../../lib/jobs/apply-retention.ts";
import { queueSessieAgendas } from "../../lib/jobs/overleg-jobs.ts";
import { fingerprint, sessionUser, tokenFor } from "../setup/actions.ts";
import { createTestDatabase, type TestDatabase } from "../setup/database.ts";

let db: TestDatabase;
let regisseur: SessionUser;
let foreign: SessionUser;
let medewerker: SessionUser;
let wethouder: SessionUser;
let partner: SessionUser;
let overlegId: string;
const FORBIDDEN = { ok: false, error: "U heeft geen toegang tot deze handeling." };
const DAY = 86_400_000;

const invitationToken = async (email: string) => {
  const m = await db.prisma.outboxMessage.findFirstOrThrow({ where: { kind: "overleg.invitation", toEmail: email }, orderBy: { createdAt: "desc" } });
  return m.text.match(/\/overleg-uitnodiging\/([A-Za-z0-9_-]+)/)![1];
};
const seatOf = (email: string) => db.prisma.overlegSeat.findFirst({ where: { overlegId, participant: { email } } });

beforeAll(async () => {
  db = await createTestDatabase("demo");
  process.env.DATABASE_URL = db.url;
  regisseur = await sessionUser(db.prisma, "regisseur.noord@demo.example");
  foreign = await sessionUser(db.prisma, "regisseur.oost@demo.example");
  wethouder = await sessionUser(db.prisma, "wethouder.noord@demo.example");
  partner = await sessionUser(db.prisma, "partner.politie@demo.example");
  medewerker = await sessionUser(db.prisma, "medewerker.openbare-ruimte@demo.example");
  const d = new Date(`${todayKey()}T12:00:00Z`);
  const firstOn = new Date(d.getTime() + ((2 - d.getUTCDay() + 7) % 7) * DAY).toISOString().slice(0, 10);
  const r = await createOverlegAction.run(
    regisseur,
    {
      name: "Procesteam Nazareth (test)",
      kind: "PROCESTEAM",
      stadsdeelId: regisseur.stadsdeelIds[0],
      chairId: regisseur.id,
      every: "weeks",
      interval: "2",
      weekday: "TU",
      firstOn,
      startTime: "19:30",
      durationMinutes: "90",
      location: "Buurthuis",
      organisationIds: [partner.organisationId!],
      userIds: [medewerker.id],
    },
    db.prisma,
  );
  if (!r.ok) throw new Error(r.error);
  overlegId = r.data.id;
});

describe("inviting a resident", () => {
  it("refuses wrong roles, a foreign stadsdeel and bad input, changing nothing", async () => {
    const before = await fingerprint(db.prisma);
    const input = { overlegId, residentName: "Anna de Vries", email: "anna@voorbeeld.nl" };
    for (const u of [wethouder, partner, foreign, medewerker]) expect(await inviteBewonerAction.run(u, input, db.prisma)).toMatchObject(FORBIDDEN);
    expect(await inviteBewonerAction.run(regisseur, { ...input, residentName: " ", email: "geen-adres" }, db.prisma)).toMatchObject({
      ok: false,
      fieldErrors: { residentName: "Vul de naam in.", email: "Vul een geldig e-mailadres in, bijvoorbeeld naam@voorbeeld.nl." },
      values: { residentName: " ", email: "geen-adres" },
    });
    expect(await inviteBewonerAction.run(regisseur, { ...input, overlegId: "bestaat-niet" }, db.prisma)).toMatchObject(FORBIDDEN);
    expect(await fingerprint(db.prisma)).toEqual(before);
  });

  it("invites by name and e-mail: a seat waiting for the resident, one mail with the link, no membership yet", async () => {
    const r = await inviteBewonerAction.run(regisseur, { overlegId, residentName: "Anna de Vries", email: "Anna@Voorbeeld.nl " }, db.prisma);
    expect(r).toMatchObject({ ok: true });
    const seat = await seatOf("anna@voorbeeld.nl");
    expect(seat).toMatchObject({ residentName: "Anna de Vries", confirmedAt: null, userId: null });
    const person = await db.prisma.participant.findUniqueOrThrow({ where: { email: "anna@voorbeeld.nl" } });
    expect(person.name).toBeNull(); // the typed name lives on the seat only
    const mails = await db.prisma.outboxMessage.findMany({ where: { toEmail: "anna@voorbeeld.nl" } });
    expect(mails.map((m) => m.kind)).toEqual(["overleg.invitation"]);
    expect(mails[0].text).toContain("Procesteam Nazareth (test)");
    expect(await db.prisma.consent.count({ where: { participantId: person.id } })).toBe(0);
    // again: refused next to the field, nothing changed
    const before = await fingerprint(db.prisma);
    expect(await inviteBewonerAction.run(regisseur, { overlegId, residentName: "Anna", email: "anna@voorbeeld.nl" }, db.prisma)).toMatchObject({
      ok: false,
      fieldErrors: { email: "Deze bewoner is al lid van dit overleg of al uitgenodigd." },
    });
    expect(await fingerprint(db.prisma)).toEqual(before);
  });

  it("never changes a known person's own data: the typed name stays on the seat", async () => {
    const known = await db.prisma.participant.findFirstOrThrow({
      where: { anonymisedAt: null, email: { not: null }, name: { not: null } },
      orderBy: { id: "asc" },
    });
    expect(await inviteBewonerAction.run(regisseur, { overlegId, residentName: "Iemand Anders", email: known.email! }, db.prisma)).toMatchObject({ ok: true });
    const after = await db.prisma.participant.findUniqueOrThrow({ where: { id: known.id } });
    expect({ name: after.name, email: after.email, postcode: after.postcode, buurtId: after.buurtId }).toEqual({
      name: known.name,
      email: known.email,
      postcode: known.postcode,
      buurtId: known.buurtId,
    });
    expect((await seatOf(known.email!))?.residentName).toBe("Iemand Anders");
  });
});

describe("the resident's answer", () => {
  it("refuses another kind of link and nonsense, then 'ja' makes a member with a consent for this overleg; the link works once", async () => {
    const token = await invitationToken("anna@voorbeeld.nl");
    const manage = await tokenFor(db.prisma, "manage", "anna@voorbeeld.nl");
    const before = await fingerprint(db.prisma);
    expect(await answerInvitationAction.run({ token: manage, answer: "ja" }, db.prisma)).toMatchObject({
      ok: false,
      error: "Deze uitnodiging is verlopen, al beantwoord of ongeldig.",
    });
    expect(await answerInvitationAction.run({ token, answer: "misschien" }, db.prisma)).toMatchObject({
      ok: false,
      fieldErrors: { answer: "Kies ja of nee." },
    });
    expect(await fingerprint(db.prisma)).toEqual(before);

    expect(await answerInvitationAction.run({ token, answer: "ja" }, db.prisma)).toMatchObject({ ok: true, data: { answer: "ja" } });
    const seat = (await seatOf("anna@voorbeeld.nl"))!;
    expect(seat.confirmedAt).not.toBeNull();
    const consents = await db.prisma.consent.findMany({ where: { participantId: seat.participantId! } });
    expect(consents).toMatchObject([{ purpose: "OVERLEG_MEMBER", overlegId, textVersion: "overleg-lid-2026-12", withdrawnAt: null }]);
    const again = await fingerprint(db.prisma);
    expect(await answerInvitationAction.run({ token, answer: "nee" }, db.prisma)).toMatchObject({ ok: false });
    expect(await fingerprint(db.prisma)).toEqual(again);
  });

  it("'nee' from someone we know nothing else of erases their name and e-mail at once", async () => {
    expect(await inviteBewonerAction.run(regisseur, { overlegId, residentName: "Bert Nee", email: "bert@voorbeeld.nl" }, db.prisma)).toMatchObject({
      ok: true,
    });
    const id = (await db.prisma.participant.findUniqueOrThrow({ where: { email: "bert@voorbeeld.nl" } })).id;
    expect(await answerInvitationAction.run({ token: await invitationToken("bert@voorbeeld.nl"), answer: "nee" }, db.prisma)).toMatchObject({ ok: true });
    const bert = await db.prisma.participant.findUniqueOrThrow({ where: { id } });
    expect(bert).toMatchObject({ email: null, name: null });
    expect(bert.anonymisedAt).not.toBeNull();
    expect(await db.prisma.overlegSeat.count({ where: { participantId: id } })).toBe(0);
    expect(await db.prisma.outboxMessage.count({ where: { toEmail: "bert@voorbeeld.nl" } })).toBe(0);
  });
});

describe("who sees a resident member", () => {
  it("shows the name to whoever runs the overleg; colleagues, wethouder and partner read 'bewoner' and never see an open invitation", async () => {
    const mine = JSON.stringify(await getOverleg(regisseur, overlegId));
    expect(mine).toContain("Anna de Vries");
    expect(mine).toContain("Iemand Anders"); // still invited, not confirmed
    for (const u of [partner, wethouder, medewerker]) {
      const o = await getOverleg(u, overlegId);
      const body = JSON.stringify(o);
      for (const secret of ["Anna de Vries", "anna@voorbeeld.nl", "Iemand Anders"]) expect(body).not.toContain(secret);
      const residents = o.seats.filter((s) => s.resident);
      expect(residents).toHaveLength(1); // the confirmed member only
      expect(residents[0]).toMatchObject({ resident: true, residentName: null });
      expect(residents[0]).not.toHaveProperty("participantId"); // not even the person's id
    }
    const sessie = await db.prisma.sessie.findFirstOrThrow({ where: { overlegId }, orderBy: { startsAt: "asc" } });
    expect(JSON.stringify(await getSessie(partner, overlegId, sessie.id))).not.toContain("Anna");
  });
});

describe("mail to resident members", () => {
  it("sends the agenda and the lists to a confirmed member without staff links, and nothing to an open invitation", async () => {
    const sessie = await db.prisma.sessie.findFirstOrThrow({ where: { overlegId }, orderBy: { startsAt: "asc" } });
    // the agenda goes three working days before
    expect(await queueSessieAgendas(db.prisma, new Date(sessie.startsAt.getTime() - 2 * DAY))).toBeGreaterThanOrEqual(1);
    const seats = await db.prisma.overlegSeat.findMany({ where: { overlegId }, select: { id: true, participantId: true, confirmedAt: true } });
    const pending = seats.find((s) => s.participantId && !s.confirmedAt)!;
    const before = await fingerprint(db.prisma);
    expect(await recordAttendanceAction.run(regisseur, { sessieId: sessie.id, present: [pending.id] }, db.prisma)).toMatchObject({
      ok: false,
      fieldErrors: { present: "Een aangevinkte plaats hoort niet bij dit overleg." },
    });
    expect(await fingerprint(db.prisma)).toEqual(before);
    expect(
      await recordAttendanceAction.run(regisseur, { sessieId: sessie.id, present: seats.filter((s) => s.id !== pending.id).map((s) => s.id) }, db.prisma),
    ).toMatchObject({ ok: true });
    expect(await sendSessieListsAction.run(regisseur, { sessieId: sessie.id }, db.prisma)).toMatchObject({ ok: true });
    const toAnna = await db.prisma.outboxMessage.findMany({
      where: { toEmail: "anna@voorbeeld.nl", kind: { in: ["sessie.agenda", "sessie.lists"] } },
      orderBy: { kind: "asc" },
    });
    expect(toAnna.map((m) => m.kind)).toEqual(["sessie.agenda", "sessie.lists"]);
    for (const m of toAnna) {
      expect(m.text).not.toContain("/medewerker/");
      expect(m.text).toMatch(/\/mijn\/[A-Za-z0-9_-]+/);
      expect(m.text).toContain("Beste Anna de Vries");
    }
    const invited = await db.prisma.participant.findUniqueOrThrow({ where: { id: pending.participantId! } });
    expect(await db.prisma.outboxMessage.count({ where: { toEmail: invited.email!, kind: { in: ["sessie.agenda", "sessie.lists"] } } })).toBe(0);
    // the staff members still get theirs, with the portal link
    const staff = await db.prisma.outboxMessage.findFirstOrThrow({ where: { toEmail: medewerker.email, kind: "sessie.lists", relatedId: sessie.id } });
    expect(staff.text).toContain("/medewerker/overleggen/");
  });
});

describe("ending a seat", () => {
  it("the regisseur withdraws an invitation (wrong roles refused, nothing changed)", async () => {
    const seat = (await db.prisma.overlegSeat.findFirst({ where: { overlegId, participantId: { not: null }, confirmedAt: null } }))!;
    const before = await fingerprint(db.prisma);
    for (const u of [wethouder, partner, foreign, medewerker])
      expect(await removeBewonerAction.run(u, { seatId: seat.id }, db.prisma)).toMatchObject(FORBIDDEN);
    expect(await removeBewonerAction.run(regisseur, { seatId: "" }, db.prisma)).toMatchObject({ ok: false, fieldErrors: { seatId: "Kies een plaats." } });
    const staffSeat = (await db.prisma.overlegSeat.findFirst({ where: { overlegId, participantId: null } }))!;
    expect(await removeBewonerAction.run(regisseur, { seatId: staffSeat.id }, db.prisma)).toMatchObject({
      ok: false,
      fieldErrors: { seatId: "Dit is geen plaats van een bewoner." },
    });
    expect(await fingerprint(db.prisma)).toEqual(before);
    expect(await removeBewonerAction.run(regisseur, { seatId: seat.id }, db.prisma)).toMatchObject({ ok: true });
    expect(await db.prisma.overlegSeat.count({ where: { id: seat.id } })).toBe(0);
    // a known person keeps everything else of theirs
    expect((await db.prisma.participant.findUniqueOrThrow({ where: { id: seat.participantId! } })).anonymisedAt).toBeNull();
  });

  it("the resident leaves through the manage link; someone else's link cannot end their seat", async () => {
    const seat = (await seatOf("anna@voorbeeld.nl"))!;
    const other = await db.prisma.participant.findFirstOrThrow({
      where: { anonymisedAt: null, email: { notIn: ["anna@voorbeeld.nl"] } },
      orderBy: { id: "asc" },
    });
    const otherToken = await tokenFor(db.prisma, "manage", other.email!);
    const before = await fingerprint(db.prisma);
    expect(await leaveOverlegAction.run({ token: otherToken, seatId: seat.id }, db.prisma)).toMatchObject({
      ok: false,
      error: "U bent geen lid (meer) van dit overleg.",
    });
    expect(await leaveOverlegAction.run({ token: "x".repeat(40), seatId: seat.id }, db.prisma)).toMatchObject({
      ok: false,
      error: "Deze link is verlopen of ongeldig.",
    });
    expect(await fingerprint(db.prisma)).toEqual(before);
    const token = await tokenFor(db.prisma, "manage", "anna@voorbeeld.nl");
    expect(await leaveOverlegAction.run({ token, seatId: seat.id }, db.prisma)).toMatchObject({ ok: true });
    expect(await db.prisma.overlegSeat.count({ where: { id: seat.id } })).toBe(0);
    const consent = await db.prisma.consent.findFirstOrThrow({ where: { participantId: seat.participantId!, purpose: "OVERLEG_MEMBER" } });
    expect(consent.withdrawnAt).not.toBeNull(); // the record stays as proof
  });
});

describe("retention and deletion reach the seat", () => {
  it("keeps a member past the retention period, expires an unanswered invitation after 14 days, and 'delete my data' removes the seat and its attendance", async () => {
    // a member who was last active three years ago stays while a member
    expect(await inviteBewonerAction.run(regisseur, { overlegId, residentName: "Carla Lid", email: "carla@voorbeeld.nl" }, db.prisma)).toMatchObject({
      ok: true,
    });
    expect(await answerInvitationAction.run({ token: await invitationToken("carla@voorbeeld.nl"), answer: "ja" }, db.prisma)).toMatchObject({ ok: true });
    const carla = await db.prisma.participant.findUniqueOrThrow({ where: { email: "carla@voorbeeld.nl" } });
    await db.prisma.participant.update({ where: { id: carla.id }, data: { lastActiveAt: new Date(Date.now() - 3 * 365 * DAY) } });
    // an invitation nobody answered, sent 15 days ago
    expect(await inviteBewonerAction.run(regisseur, { overlegId, residentName: "Dirk Stil", email: "dirk@voorbeeld.nl" }, db.prisma)).toMatchObject({
      ok: true,
    });
    const dirk = await db.prisma.participant.findUniqueOrThrow({ where: { email: "dirk@voorbeeld.nl" } });
    await db.prisma.overlegSeat.updateMany({ where: { participantId: dirk.id }, data: { invitedAt: new Date(Date.now() - 15 * DAY) } });

    const r = await applyRetention(db.prisma, { months: 24 });
    expect(r.invitationsExpired).toBe(1);
    expect((await db.prisma.participant.findUniqueOrThrow({ where: { id: carla.id } })).email).toBe("carla@voorbeeld.nl");
    expect(await db.prisma.participant.findUniqueOrThrow({ where: { id: dirk.id } })).toMatchObject({ email: null, name: null });
    expect(await db.prisma.overlegSeat.count({ where: { participantId: dirk.id } })).toBe(0);

    // Carla was at a sessie; deleting her data takes the seat and that attendance
    const seat = (await seatOf("carla@voorbeeld.nl"))!;
    const sessie = await db.prisma.sessie.findFirstOrThrow({ where: { overlegId, listsSentAt: null }, orderBy: { startsAt: "asc" } });
    await db.prisma.sessieAanwezigheid.create({ data: { sessieId: sessie.id, seatId: seat.id, present: true } });
    const token = await tokenFor(db.prisma, "manage", "carla@voorbeeld.nl");
    expect(await deleteMyDataAction.run({ token, confirm: "VERWIJDER" }, db.prisma)).toMatchObject({ ok: true });
    expect(await db.prisma.overlegSeat.count({ where: { participantId: carla.id } })).toBe(0);
    expect(await db.prisma.sessieAanwezigheid.count({ where: { seatId: seat.id } })).toBe(0);
    const [left] = await db.prisma.$queryRaw<{ n: bigint }[]>`SELECT count(*) AS n FROM "OverlegSeat" WHERE "residentName" = 'Carla Lid'`;
    expect(Number(left.n)).toBe(0);
    // the consent record stays, withdrawn
    expect(await db.prisma.consent.findFirstOrThrow({ where: { participantId: carla.id, purpose: "OVERLEG_MEMBER" } })).toMatchObject({ overlegId });
  });

  it("the database refuses a resident's seat without a name or with a staff user on it", async () => {
    const p = await db.prisma.participant.create({ data: { email: "check@voorbeeld.nl" } });
    await expect(
      db.prisma.$executeRaw`INSERT INTO "OverlegSeat" (id, "overlegId", "participantId", "invitedAt") VALUES ('x1', ${overlegId}, ${p.id}, now())`,
    ).rejects.toThrow(/OverlegSeat_kind_check/);
    await expect(
      db.prisma
        .$executeRaw`INSERT INTO "OverlegSeat" (id, "overlegId", "participantId", "residentName", "invitedAt", "userId") VALUES ('x2', ${overlegId}, ${p.id}, 'X', now(), ${regisseur.id})`,
    ).rejects.toThrow(/OverlegSeat_kind_check/);
    await expect(
      db.prisma.$executeRaw`INSERT INTO "OverlegSeat" (id, "overlegId", "userId", "confirmedAt") VALUES ('x3', ${overlegId}, ${wethouder.id}, now())`,
    ).rejects.toThrow(/OverlegSeat_kind_check/);
  });
});
