// The evaluation: only through the link in the invitation, only after the
// bijeenkomst, once per registration; incomplete scores are named per
// question; refusals change nothing.
import { beforeAll, describe, expect, it } from "vitest";
import { submitEvaluationAction } from "../../lib/actions/registration/submit-evaluation.ts";
import { issueToken } from "../../lib/tokens.ts";
import { fingerprint } from "../setup/actions.ts";
import { createTestDatabase, type TestDatabase } from "../setup/database.ts";

let db: TestDatabase;

beforeAll(async () => {
  db = await createTestDatabase("demo");
});

const scores = { scoreOverall: "4", scoreHeard: "5", scoreOrganisation: "3", comment: "Goed gesprek." };

async function registration(endsInMs: number) {
  const buurt = await db.prisma.buurt.findFirstOrThrow();
  const b = await db.prisma.bijeenkomst.create({
    data: {
      kind: "WIJKGESPREK",
      title: `Evaluatie ${endsInMs}`,
      stadsdeelId: buurt.stadsdeelId,
      startsAt: new Date(Date.now() + endsInMs - 7_200_000),
      endsAt: new Date(Date.now() + endsInMs),
      locationName: "X",
      address: "Y",
      capacity: 10,
    },
  });
  const p = await db.prisma.participant.create({ data: { name: "Eva", email: `eva${endsInMs}@voorbeeld.nl` } });
  return db.prisma.registration.create({ data: { participantId: p.id, bijeenkomstId: b.id, status: "ATTENDED" } });
}

describe("evaluation", () => {
  it("is saved once after the bijeenkomst; before it, twice, with a forged link or incomplete scores it is refused", async () => {
    const future = await registration(3 * 86_400_000);
    const past = await registration(-86_400_000);
    const before = await fingerprint(db.prisma);
    const early = await submitEvaluationAction.run(
      { token: await issueToken(db.prisma, "evaluation", { participantId: future.participantId, registrationId: future.id }), ...scores },
      db.prisma,
    );
    expect(!early.ok && early.error).toBe("De evaluatie kan pas na afloop van de bijeenkomst.");
    const forged = await submitEvaluationAction.run(
      { token: await issueToken(db.prisma, "evaluation", { participantId: future.participantId, registrationId: past.id }), ...scores },
      db.prisma,
    );
    expect(!forged.ok && forged.error).toBe("Deze aanmelding bestaat niet (meer).");
    const incomplete = await submitEvaluationAction.run(
      { token: await issueToken(db.prisma, "evaluation", { participantId: past.participantId, registrationId: past.id }), ...scores, scoreHeard: "" },
      db.prisma,
    );
    expect(!incomplete.ok && incomplete.fieldErrors?.scoreHeard).toBe("Kies een cijfer bij de tweede vraag.");
    expect(await fingerprint(db.prisma)).toEqual(before);

    const token = await issueToken(db.prisma, "evaluation", { participantId: past.participantId, registrationId: past.id });
    expect((await submitEvaluationAction.run({ token, ...scores }, db.prisma)).ok).toBe(true);
    const twice = await submitEvaluationAction.run({ token, ...scores }, db.prisma);
    expect(!twice.ok && twice.error).toBe("U heeft deze evaluatie al ingevuld. Dank u wel!");
    expect(await db.prisma.evaluation.findUniqueOrThrow({ where: { registrationId: past.id } })).toMatchObject({
      scoreOverall: 4,
      scoreHeard: 5,
      scoreOrganisation: 3,
    });
  });
});
