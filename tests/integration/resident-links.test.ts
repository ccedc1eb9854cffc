// Residents' links are opaque: a random token whose hash is stored with its
// purpose, expiry and revocation. No e-mail address in any link; a link of
// another purpose, an expired or revoked one is refused; "delete my data"
// and asking for a new link revoke; reactions are limited per link.
import { beforeAll, describe, expect, it } from "vitest";
import { deleteMyDataAction } from "../../lib/actions/registration/delete-my-data.ts";
import { registerAction } from "../../lib/actions/registration/register-for-bijeenkomst.ts";
import { requestNewLinkAction } from "../../lib/actions/registration/request-new-link.ts";
import { setPoolMembershipAction } from "../../lib/actions/registration/set-pool-membership.ts";
import { unsubscribeAction } from "../../lib/actions/registration/unsubscribe.ts";
import { submitReactieAction } from "../../lib/actions/verslag/submit-reactie.ts";
import { hashToken, issueToken, redeemToken } from "../../lib/tokens.ts";
import { plannedMeeting, tokenFor } from "../setup/actions.ts";
import { createTestDatabase, type TestDatabase } from "../setup/database.ts";

let db: TestDatabase;
let bijeenkomstId: string;
let buurtId: string;

beforeAll(async () => {
  db = await createTestDatabase("demo");
  ({ bijeenkomstId, buurtId } = await plannedMeeting(db.prisma, "Linktest", 10));
});

const register = (email: string) =>
  registerAction.run({ bijeenkomstId, name: "Link Bewoner", email, buurtId, partySize: "1", consent: "on" }, db.prisma, "192.0.2.50");
const linksIn = (text: string) => [...text.matchAll(/https?:\/\/\S+\/(mijn|afmelden)\/([A-Za-z0-9_-]+)/g)].map((m) => ({ kind: m[1], token: m[2] }));

describe("resident links", () => {
  it("the confirmation mail's links carry no e-mail address and work for their purpose only; only hashes are stored", async () => {
    const email = "geheim.adres@voorbeeld.nl";
    expect((await register(email)).ok).toBe(true);
    const mail = await db.prisma.outboxMessage.findFirstOrThrow({ where: { toEmail: email, kind: "registration.confirmed" } });
    const links = linksIn(mail.text);
    expect(links.map((l) => l.kind).sort()).toEqual(["afmelden", "mijn", "mijn", "mijn"]); // manage (link and footer), "dit was ik niet", unsubscribe
    for (const l of links) expect(Buffer.from(l.token, "base64url").toString("latin1")).not.toContain("geheim");
    const manage = links.find((l) => l.kind === "mijn")!.token;
    const unsubscribe = links.find((l) => l.kind === "afmelden")!.token;
    const p = await db.prisma.participant.findUniqueOrThrow({ where: { email } });
    expect(await redeemToken(db.prisma, manage, "manage")).toMatchObject({ participantId: p.id });
    expect(await redeemToken(db.prisma, unsubscribe, "manage")).toBeNull();
    expect(await db.prisma.residentToken.count({ where: { tokenHash: { in: [manage, unsubscribe] } } })).toBe(0);
    expect(await db.prisma.residentToken.count({ where: { tokenHash: { in: [hashToken(manage), hashToken(unsubscribe)] } } })).toBe(2);
  });

  it("refuses an expired link", async () => {
    const email = "verlopen@voorbeeld.nl";
    await register(email);
    const p = await db.prisma.participant.findUniqueOrThrow({ where: { email } });
    const token = await issueToken(db.prisma, "manage", { participantId: p.id }, new Date(Date.now() - 181 * 86_400_000));
    expect(await redeemToken(db.prisma, token, "manage")).toBeNull();
  });

  it("'delete my data' revokes every link of the person", async () => {
    const email = "weg.links@voorbeeld.nl";
    await register(email);
    const keep = await tokenFor(db.prisma, "manage", email);
    const unsub = await tokenFor(db.prisma, "unsubscribe", email);
    expect((await deleteMyDataAction.run({ token: keep, confirm: "VERWIJDER" }, db.prisma)).ok).toBe(true);
    expect(await redeemToken(db.prisma, keep, "manage")).toBeNull();
    expect(await redeemToken(db.prisma, unsub, "unsubscribe")).toBeNull();
    const p = await db.prisma.residentToken.findMany({ where: { tokenHash: { in: [hashToken(keep), hashToken(unsub)] } } });
    expect(p.every((t) => t.revokedAt !== null)).toBe(true);
  });

  it("asking for a new link revokes the old manage links, mails a new one, and answers the same for an unknown address", async () => {
    const email = "nieuwe.link@voorbeeld.nl";
    await register(email);
    const old = await tokenFor(db.prisma, "manage", email);
    const known = await requestNewLinkAction.run({ email }, db.prisma, "192.0.2.60");
    const unknown = await requestNewLinkAction.run({ email: "nooit.gezien@voorbeeld.nl" }, db.prisma, "192.0.2.60");
    expect(known).toEqual(unknown);
    expect(await redeemToken(db.prisma, old, "manage")).toBeNull();
    const mail = await db.prisma.outboxMessage.findFirstOrThrow({ where: { toEmail: email, kind: "resident.new-link" } });
    const fresh = linksIn(mail.text).find((l) => l.kind === "mijn")!.token;
    expect((await setPoolMembershipAction.run({ token: fresh, join: "true" }, db.prisma)).ok).toBe(true);
    expect(await db.prisma.outboxMessage.count({ where: { toEmail: "nooit.gezien@voorbeeld.nl" } })).toBe(0);
    const invalid = await requestNewLinkAction.run({ email: "geen-adres" }, db.prisma, "192.0.2.60");
    expect(invalid.ok || invalid.fieldErrors?.email).toBeTruthy();
  });

  it("limits reactions per verslag link", async () => {
    const held = await db.prisma.bijeenkomst.findFirstOrThrow({
      where: { verslag: { versions: { some: {} } }, registrations: { some: { participant: { email: { not: null } } } } },
      include: {
        verslag: { include: { versions: true } },
        registrations: { where: { participant: { email: { not: null } } }, include: { participant: true }, take: 1 },
      },
    });
    const token = await tokenFor(db.prisma, "verslag", held.registrations[0].participant.email!, { bijeenkomstId: held.id });
    const versionId = held.verslag!.versions[0].id;
    const results = [];
    for (let i = 0; i < 7; i++) results.push(await submitReactieAction.run({ token, versionId, text: `Reactie nummer ${i}` }, db.prisma));
    expect(results.map((r) => r.ok)).toEqual([true, true, true, true, true, false, false]);
  });

  it("the unsubscribe button: an unsubscribe link leaves the pool; a manage link, a forged one or no token changes nothing", async () => {
    const email = "afmelden.knop@voorbeeld.nl";
    await register(email);
    await setPoolMembershipAction.run({ token: await tokenFor(db.prisma, "manage", email), join: "true" }, db.prisma);
    const before = await db.prisma.participant.findUniqueOrThrow({ where: { email } });
    const refused = [
      await unsubscribeAction.run({ token: await tokenFor(db.prisma, "manage", email) }, db.prisma),
      await unsubscribeAction.run({ token: "x".repeat(43) }, db.prisma),
      await unsubscribeAction.run({}, db.prisma),
    ];
    expect(refused.map((r) => r.ok)).toEqual([false, false, false]);
    expect((await db.prisma.participant.findUniqueOrThrow({ where: { email } })).inPool).toBe(before.inPool);
    expect((await unsubscribeAction.run({ token: await tokenFor(db.prisma, "unsubscribe", email) }, db.prisma)).ok).toBe(true);
    expect((await db.prisma.participant.findUniqueOrThrow({ where: { email } })).inPool).toBe(false);
  });
});
