// Verslagen: a draft from the logged inbreng, publishing v1 to every
// attendee through the outbox, the frozen map (an inbreng moved after v1
// shows at its old place in v1 and its new place in v2), reactions per
// version, and refusals that change nothing.
import { beforeAll, describe, expect, it } from "vitest";
import { moveInbrengAction } from "../../lib/actions/inbreng/move-inbreng.ts";
import { generateVerslagDraftAction } from "../../lib/actions/verslag/generate-verslag-draft.ts";
import { publishVerslagAction } from "../../lib/actions/verslag/publish-verslag.ts";
import { saveVerslagDraftAction } from "../../lib/actions/verslag/save-verslag-draft.ts";
import { submitReactieAction } from "../../lib/actions/verslag/submit-reactie.ts";
import type { SessionUser } from "../../lib/auth/permissions.ts";
import { type AreaGeometry, labelPoint, round6 } from "../../lib/geo/geometry.ts";
import { renderMarkdown } from "../../lib/verslag/markdown.ts";
import { fingerprint, sessionUser, tokenFor } from "../setup/actions.ts";
import { createTestDatabase, type TestDatabase } from "../setup/database.ts";

let db: TestDatabase;
let regisseur: SessionUser;
let wethouder: SessionUser;
let bijeenkomstId: string;

type Snapshot = { features: { geometry: { coordinates: [number, number] }; properties: { id: string } }[] };

beforeAll(async () => {
  db = await createTestDatabase("demo");
  regisseur = await sessionUser(db.prisma, "regisseur.noord@demo.example");
  wethouder = await sessionUser(db.prisma, "wethouder.noord@demo.example");
  // a held stadsdeelavond with inbreng and attendees, and no verslag yet
  const b = await db.prisma.bijeenkomst.findFirstOrThrow({
    where: {
      stadsdeel: { slug: "noord" },
      status: "HELD",
      kind: "STADSDEELAVOND",
      registrations: { some: { status: "ATTENDED" } },
      inbreng: { some: { lat: { not: null } } },
    },
  });
  bijeenkomstId = b.id;
  await db.prisma.verslag.deleteMany({ where: { bijeenkomstId } });
});

describe("verslag", () => {
  it("generates a draft with counts per theme and the points per table", async () => {
    const r = await generateVerslagDraftAction.run(regisseur, { bijeenkomstId }, db.prisma);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.data.body).toMatch(/## Waar ging het over/);
    expect(r.data.body).toMatch(/## Tafel 1/);
    const v = await db.prisma.verslag.findUniqueOrThrow({ where: { bijeenkomstId }, include: { bijeenkomst: true } });
    expect(v.deadlineAt.getTime() - v.bijeenkomst.startsAt.getTime()).toBe(14 * 86_400_000);
  });

  it("refuses a wethouder, a too short text and v2 without a change note — nothing changes", async () => {
    const before = await fingerprint(db.prisma);
    expect((await saveVerslagDraftAction.run(wethouder, { bijeenkomstId, body: "x".repeat(50) }, db.prisma)).ok).toBe(false);
    const short = await saveVerslagDraftAction.run(regisseur, { bijeenkomstId, body: "Kort." }, db.prisma);
    expect(!short.ok && short.fieldErrors?.body).toBe("Het verslag is te kort (minstens 20 tekens).");
    expect((await publishVerslagAction.run(wethouder, { bijeenkomstId }, db.prisma)).ok).toBe(false);
    expect((await generateVerslagDraftAction.run(wethouder, { bijeenkomstId }, db.prisma)).ok).toBe(false);
    const otherRegisseur = await sessionUser(db.prisma, "regisseur.zuid@demo.example");
    expect((await generateVerslagDraftAction.run(otherRegisseur, { bijeenkomstId }, db.prisma)).ok).toBe(false);
    const empty = await submitReactieAction.run({ token: "x".repeat(43), versionId: "v", text: "" }, db.prisma);
    expect(!empty.ok && empty.fieldErrors?.text).toBe("Schrijf uw reactie.");
    const forged = await submitReactieAction.run({ token: "nep.nep.nep.nep.nep", versionId: "v", text: "Een reactie" }, db.prisma);
    expect(!forged.ok && forged.error).toBe("Deze link is verlopen of ongeldig.");
    expect(await fingerprint(db.prisma)).toEqual(before);
  });

  it("publishes v1 to the attendees with a frozen map; a moved inbreng keeps its old place in v1 and has its new place in v2", async () => {
    const attendees = await db.prisma.registration.count({ where: { bijeenkomstId, status: "ATTENDED", participant: { email: { not: null } } } });
    const v1 = await publishVerslagAction.run(regisseur, { bijeenkomstId }, db.prisma);
    expect(v1.ok && v1.data).toMatchObject({ number: 1, sent: attendees });
    const mails = await db.prisma.outboxMessage.findMany({ where: { kind: "verslag.published" } });
    expect(mails).toHaveLength(attendees);
    expect(mails[0].text).toMatch(/\/verslagen\/.+\?versie=1&t=/);

    const moved = await db.prisma.inbreng.findFirstOrThrow({ where: { bijeenkomstId, lat: { not: null } }, include: { buurt: true } });
    const other = await db.prisma.buurt.findFirstOrThrow({ where: { stadsdeelId: moved.buurt!.stadsdeelId, id: { not: moved.buurtId! } } });
    const [lng, lat] = labelPoint(other.geometry as unknown as AreaGeometry);
    expect((await moveInbrengAction.run(regisseur, { inbrengId: moved.id, lat, lng }, db.prisma)).ok).toBe(true);

    const noNote = await publishVerslagAction.run(regisseur, { bijeenkomstId }, db.prisma);
    expect(!noNote.ok && noNote.fieldErrors?.changeNote).toMatch(/wat er is veranderd/);
    const tooShort = await publishVerslagAction.run(regisseur, { bijeenkomstId, changeNote: "Kort", body: "te kort" }, db.prisma);
    expect(!tooShort.ok && tooShort.fieldErrors?.body).toMatch(/te kort/);
    // what is sent is the text on screen: saved with the publish, in the same transaction
    const onScreen = `${(await db.prisma.verslag.findUniqueOrThrow({ where: { bijeenkomstId } })).draftBody}\n\nAanvulling die nog niet was opgeslagen.`;
    const v2 = await publishVerslagAction.run(regisseur, { bijeenkomstId, changeNote: "Een punt stond in de verkeerde buurt.", body: onScreen }, db.prisma);
    expect(v2.ok && v2.data.number).toBe(2);
    expect((await db.prisma.verslagVersion.findFirstOrThrow({ where: { verslag: { bijeenkomstId }, number: 2 } })).body).toBe(onScreen.trim());

    const versions = await db.prisma.verslagVersion.findMany({ where: { verslag: { bijeenkomstId } }, orderBy: { number: "asc" } });
    const at = (v: (typeof versions)[number]) =>
      (v.mapSnapshot as unknown as Snapshot).features.find((f) => f.properties.id === moved.id)!.geometry.coordinates;
    expect(at(versions[0])).toEqual([moved.lng, moved.lat]);
    expect(at(versions[1])).toEqual([round6(lng), round6(lat)]);
    expect(await db.prisma.outboxMessage.count({ where: { kind: "verslag.published" } })).toBe(attendees * 2);

    // an attendee reacts on v1 through the link; a link for another bijeenkomst cannot
    const reg = await db.prisma.registration.findFirstOrThrow({ where: { bijeenkomstId, status: "ATTENDED" }, include: { participant: true } });
    const token = await tokenFor(db.prisma, "verslag", reg.participant.email!, { bijeenkomstId });
    const reactie = await submitReactieAction.run({ token, versionId: versions[0].id, text: "Het punt over de dijk hoort bij Borgharen." }, db.prisma);
    expect(reactie.ok && reactie.data.version).toBe(1);
    const wrong = await submitReactieAction.run(
      {
        token: await tokenFor(db.prisma, "verslag", reg.participant.email!, {
          bijeenkomstId: (await db.prisma.bijeenkomst.findFirstOrThrow({ where: { id: { not: bijeenkomstId } } })).id,
        }),
        versionId: versions[0].id,
        text: "x y z",
      },
      db.prisma,
    );
    expect(!wrong.ok && wrong.error).toBe("Deze versie van het verslag hoort niet bij uw link.");
  });

  it("renders Markdown safely", () => {
    expect(renderMarkdown("# Kop\n\nTekst met **nadruk** en <script>x</script>\n\n- een\n- twee")).toBe(
      "<h2>Kop</h2>\n<p>Tekst met <strong>nadruk</strong> en &lt;script&gt;x&lt;/script&gt;</p>\n<ul><li>een</li><li>twee</li></ul>",
    );
  });
});
