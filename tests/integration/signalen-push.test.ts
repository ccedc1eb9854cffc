// Pushing a melding made from inbreng to Signalen (a local fake of its
// private API): the click writes one integration message and nothing else
// leaves the portal; the worker sends it once — also when two workers run
// at the same moment, and after the fake was down — with an empty reporter,
// the meeting's date and the configured source; Signalen's "SIG-n" becomes
// the melding's number; when Signalen closes it, the next pull marks the
// melding afgehandeld (no copy made) and proposes the closing text as the
// inbreng's answer, which staff confirm. Refusals change nothing.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { answerInbrengAction } from "../../lib/actions/inbreng/answer-inbreng.ts";
import { changeMeldingStatusAction } from "../../lib/actions/melding/change-melding-status.ts";
import { createMeldingFromInbrengAction } from "../../lib/actions/melding/create-melding-from-inbreng.ts";
import { pushMeldingAction } from "../../lib/actions/melding/push-melding.ts";
import type { SessionUser } from "../../lib/auth/permissions.ts";
import { pullSignals } from "../../lib/signalen/pull-signals.ts";
import { processIntegrationOutbox } from "../../lib/signalen/push-signals.ts";
import { fingerprint, sessionUser } from "../setup/actions.ts";
import { createTestDatabase, type TestDatabase } from "../setup/database.ts";
import { startSignalenFake, type SignalenFake } from "../setup/signalen-fake.ts";

let db: TestDatabase;
let fake: SignalenFake;
let regisseur: SessionUser;
let otherRegisseur: SessionUser;
let medewerker: SessionUser;
const TOKEN = "systeemaccount-token";
const path = "/signals/v1/public/terms/categories/wegen/sub_categories/gat-in-de-weg";

/** A melding made from an open inbreng (with a point) of the regisseur's stadsdeel, in the mapped category or another. */
async function meldingFromInbreng(mapped: boolean): Promise<{ meldingId: string; inbrengId: string }> {
  const inbreng = await db.prisma.inbreng.findFirstOrThrow({
    where: { melding: null, publicAnswer: null, lat: { not: null }, bijeenkomst: { stadsdeelId: { in: regisseur.stadsdeelIds } } },
    orderBy: { createdAt: "asc" },
  });
  const mappedCategory = await db.prisma.signalenCategory.findFirstOrThrow({ where: { path } });
  const category = mapped
    ? { id: mappedCategory.categoryId! }
    : await db.prisma.meldingCategory.findFirstOrThrow({ where: { id: { not: mappedCategory.categoryId! }, defaultDepartmentId: { not: null } } });
  const r = await createMeldingFromInbrengAction.run(regisseur, { inbrengId: inbreng.id, categoryId: category.id }, db.prisma);
  if (!r.ok) throw new Error(r.error);
  return { meldingId: r.data.id, inbrengId: inbreng.id };
}

beforeAll(async () => {
  db = await createTestDatabase("demo");
  fake = await startSignalenFake([], TOKEN);
  regisseur = await sessionUser(db.prisma, "regisseur.noord@demo.example");
  otherRegisseur = await sessionUser(db.prisma, "regisseur.oost@demo.example");
  const category = await db.prisma.meldingCategory.findFirstOrThrow({ where: { defaultDepartmentId: { not: null } }, orderBy: { slug: "asc" } });
  medewerker = await sessionUser(
    db.prisma,
    (await db.prisma.user.findFirstOrThrow({ where: { role: "AFDELINGSMEDEWERKER", departmentId: category.defaultDepartmentId } })).email,
  );
  await db.prisma.signalenCategory.create({ data: { path, categoryId: category.id } });
  await db.prisma.meldingSource.create({ data: { baseUrl: fake.url, token: TOKEN } });
});
afterAll(() => fake?.close());

describe("pushing a melding from inbreng to Signalen", () => {
  let pushed: { meldingId: string; inbrengId: string };

  it("refuses a wrong role, another stadsdeel, bad input and an unmapped category, changing nothing", async () => {
    pushed = await meldingFromInbreng(true);
    const unmapped = await meldingFromInbreng(false);
    const before = await fingerprint(db.prisma);
    expect(await pushMeldingAction.run(medewerker, { meldingId: pushed.meldingId }, db.prisma)).toMatchObject({
      ok: false,
      error: "U heeft geen toegang tot deze handeling.",
    });
    expect(await pushMeldingAction.run(otherRegisseur, { meldingId: pushed.meldingId }, db.prisma)).toMatchObject({
      ok: false,
      error: "U heeft geen toegang tot deze handeling.",
    });
    expect(await pushMeldingAction.run(regisseur, { meldingId: "" }, db.prisma)).toMatchObject({ ok: false });
    const noMapping = await pushMeldingAction.run(regisseur, { meldingId: unmapped.meldingId }, db.prisma);
    expect(noMapping).toMatchObject({ ok: false, error: expect.stringContaining("nog niet aan een categorie in het meldingensysteem gekoppeld") });
    expect(await fingerprint(db.prisma)).toEqual(before);
    expect(fake.created).toHaveLength(0);
  });

  it("the click writes one message and sends nothing; with Signalen down it waits, and goes out once when it is back", async () => {
    const r = await pushMeldingAction.run(regisseur, { meldingId: pushed.meldingId }, db.prisma);
    expect(r.ok).toBe(true);
    expect(await db.prisma.integrationMessage.findMany({ where: { meldingId: pushed.meldingId } })).toMatchObject([{ status: "PENDING", attempts: 0 }]);
    expect(await db.prisma.melding.findUniqueOrThrow({ where: { id: pushed.meldingId } })).toMatchObject({ status: "DOORGEZET", externalId: null });
    expect(await db.prisma.auditEvent.count({ where: { action: "melding.push", entityId: pushed.meldingId } })).toBe(1);
    expect(await pushMeldingAction.run(regisseur, { meldingId: pushed.meldingId }, db.prisma)).toMatchObject({
      ok: false,
      error: "Deze melding wordt al doorgezet naar het meldingensysteem.",
    });

    fake.setDown(true);
    expect(await processIntegrationOutbox(db.prisma)).toEqual({ sent: 0, retried: 1, failed: 0 });
    const waiting = await db.prisma.integrationMessage.findFirstOrThrow({ where: { meldingId: pushed.meldingId } });
    expect(waiting).toMatchObject({ status: "PENDING", attempts: 1 });
    expect(waiting.lastError).toContain("niet bereikbaar");
    expect(waiting.sendAfter.getTime()).toBeGreaterThan(Date.now());
    expect(await processIntegrationOutbox(db.prisma)).toEqual({ sent: 0, retried: 0, failed: 0 }); // backing off
    fake.setDown(false);
    await db.prisma.integrationMessage.update({ where: { id: waiting.id }, data: { sendAfter: new Date() } }); // the back-off has passed
    // two workers at the same moment: one sends
    const [a, b] = await Promise.all([processIntegrationOutbox(db.prisma), processIntegrationOutbox(db.prisma)]);
    expect(a.sent + b.sent).toBe(1);
    expect(fake.created).toHaveLength(1);
    expect(await processIntegrationOutbox(db.prisma)).toEqual({ sent: 0, retried: 0, failed: 0 });
    expect(fake.created).toHaveLength(1);
  });

  it("sends text, point, category, an empty reporter, the meeting's date and the source; stores SIG-n", async () => {
    const melding = await db.prisma.melding.findUniqueOrThrow({ where: { id: pushed.meldingId }, include: { inbreng: { include: { bijeenkomst: true } } } });
    const signal = fake.signals.at(-1)!;
    expect(melding).toMatchObject({ externalId: String(signal.id), externalReference: `SIG-${signal.id}`, externalState: "m", origin: "PORTAAL" });
    expect(fake.created[0]).toMatchObject({
      text: melding.description,
      location: { geometrie: { type: "Point", coordinates: [melding.lng, melding.lat] } },
      category: { sub_category: path },
      reporter: { email: null, phone: null },
      incident_date_start: melding.inbreng!.bijeenkomst.startsAt.toISOString(),
      source: "Stadsdeelavond",
    });
    expect(await db.prisma.integrationMessage.findFirstOrThrow({ where: { meldingId: pushed.meldingId } })).toMatchObject({ status: "SENT" });
    expect(await pushMeldingAction.run(regisseur, { meldingId: pushed.meldingId }, db.prisma)).toMatchObject({
      ok: false,
      error: `Deze melding staat al in het meldingensysteem (SIG-${signal.id}).`,
    });
    // worked in Signalen now: the portal's own steps are refused
    expect(await changeMeldingStatusAction.run(medewerker, { meldingId: pushed.meldingId, toStatus: "IN_BEHANDELING" }, db.prisma)).toMatchObject({
      ok: false,
      error: expect.stringContaining("doorgezet naar het meldingensysteem"),
    });
  });

  it("the pull follows the pushed melding without a copy; closed in Signalen, its closing text is proposed as the inbreng's answer", async () => {
    const signal = fake.signals.at(-1)!;
    await pullSignals(db.prisma);
    expect(await db.prisma.melding.count({ where: { externalId: String(signal.id) } })).toBe(1);
    expect(await db.prisma.melding.findUniqueOrThrow({ where: { id: pushed.meldingId } })).toMatchObject({ status: "DOORGEZET" });

    fake.setState(signal.id, "b", "");
    await pullSignals(db.prisma);
    expect(await db.prisma.melding.findUniqueOrThrow({ where: { id: pushed.meldingId } })).toMatchObject({ status: "IN_BEHANDELING", externalState: "b" });

    fake.setState(signal.id, "o", "De stoeptegel is vervangen op 3 december.");
    await pullSignals(db.prisma);
    const closed = await db.prisma.melding.findUniqueOrThrow({ where: { id: pushed.meldingId }, include: { history: { orderBy: { changedAt: "asc" } } } });
    expect(closed).toMatchObject({ status: "AFGEHANDELD", externalState: "o", publicAnswer: "De stoeptegel is vervangen op 3 december." });
    expect(closed.closedAt).not.toBeNull();
    expect(closed.history.at(-1)).toMatchObject({ fromStatus: "IN_BEHANDELING", toStatus: "AFGEHANDELD", changedById: null });
    expect(await db.prisma.melding.count({ where: { origin: "SIGNALEN" } })).toBe(0);
    const inbreng = await db.prisma.inbreng.findUniqueOrThrow({ where: { id: pushed.inbrengId } });
    expect(inbreng).toMatchObject({ proposedAnswer: "De stoeptegel is vervangen op 3 december.", publicAnswer: null });

    // staff confirm (edited): published, the proposal settled
    const ok = await answerInbrengAction.run(
      regisseur,
      { inbrengId: pushed.inbrengId, followUpStatus: "AFGEROND", publicAnswer: "De stoeptegel is op 3 december vervangen." },
      db.prisma,
    );
    expect(ok.ok).toBe(true);
    expect(await db.prisma.inbreng.findUniqueOrThrow({ where: { id: pushed.inbrengId } })).toMatchObject({
      publicAnswer: "De stoeptegel is op 3 december vervangen.",
      proposedAnswer: null,
    });
  });

  it("a push Signalen refuses (400) fails at once, is shown, and can be tried again", async () => {
    const m = await meldingFromInbreng(true);
    await db.prisma.meldingSource.update({ where: { id: "signalen" }, data: { sourceName: "Onbekende bron" } });
    expect((await pushMeldingAction.run(regisseur, { meldingId: m.meldingId }, db.prisma)).ok).toBe(true);
    expect(await processIntegrationOutbox(db.prisma)).toEqual({ sent: 0, retried: 0, failed: 1 });
    expect((await db.prisma.integrationMessage.findFirstOrThrow({ where: { meldingId: m.meldingId } })).lastError).toContain("source: Invalid source given.");
    await db.prisma.meldingSource.update({ where: { id: "signalen" }, data: { sourceName: "Stadsdeelavond" } });
    expect((await pushMeldingAction.run(regisseur, { meldingId: m.meldingId }, db.prisma)).ok).toBe(true);
    expect(await processIntegrationOutbox(db.prisma)).toEqual({ sent: 1, retried: 0, failed: 0 });
    expect((await db.prisma.melding.findUniqueOrThrow({ where: { id: m.meldingId } })).externalReference).toMatch(/^SIG-\d+$/);
  });
});
