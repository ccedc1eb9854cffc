// Demo stadsdeeltafels (deterministic, labelled demo): per stadsdeel a tafel
// every four weeks on Tuesday morning, chaired by its regisseur, with two
// department seats and one or two partner organisations (the politie at
// every other tafel, so a partner sees some and not others) — and at the
// first tafel a demo resident from the participation pool who accepted
// the invitation (with the consent record); a year of held
// sessies with attendance, the stadsdeel's dossiers as points with their
// besluit and the demo acties agreed there; the last one with a point left
// open to carry over; and the coming year planned by the cadence.
import type { PrismaClient } from "../prisma-client.ts";
import { fromLocalInput, todayKey } from "../datetime.ts";
import { cadenceRule, sessionStarts } from "../overleg/cadence.ts";
import { generateSessies } from "../overleg/generate-sessies.ts";
import { OVERLEG_TEXT_VERSION } from "../overleg/resident-seats.ts";
import type { Random } from "./random.ts";

const DAY = 86_400_000;

export async function generateOverleggen(
  prisma: PrismaClient,
  rnd: Random,
  anchor: Date,
  stadsdelen: { id: string; name: string }[],
  regisseurIds: string[],
): Promise<number> {
  const departments = await prisma.department.findMany({ orderBy: { name: "asc" }, select: { id: true } });
  const org = new Map((await prisma.organisation.findMany({ select: { id: true, kind: true } })).map((o) => [o.kind, o.id]));
  const rrule = cadenceRule({ every: "weeks", interval: 4, weekday: "TU" });
  // the Tuesday a year before the anchor
  const yearAgo = new Date(anchor.getTime() - 364 * DAY);
  const firstOn = new Date(yearAgo.getTime() + ((2 - yearAgo.getUTCDay() + 7) % 7) * DAY);
  let sessies = 0;
  for (const [si, s] of stadsdelen.entries()) {
    const organisations = [si % 2 === 0 ? org.get("POLITIE") : org.get("WONINGCORPORATIE"), ...(si % 3 === 0 ? [org.get("WELZIJN")] : [])].filter(
      (x): x is string => !!x,
    );
    const resident =
      si === 0
        ? await prisma.participant.findFirst({
            where: { anonymisedAt: null, inPool: true, name: { not: null }, buurt: { stadsdeelId: s.id } },
            orderBy: { email: "asc" },
            select: { id: true, name: true },
          })
        : null;
    const overleg = await prisma.overleg.create({
      data: {
        name: `Stadsdeeltafel ${s.name} (demo)`,
        kind: "STADSDEELTAFEL",
        stadsdeelId: s.id,
        chairId: regisseurIds[si],
        rrule,
        firstOn,
        startTime: "09:30",
        durationMinutes: 90,
        location: "Stadskantoor, Mosae Forum 10 (demo)",
        seats: {
          create: [
            { userId: regisseurIds[si] },
            ...[departments[si % departments.length], departments[(si + 1) % departments.length]].map((d) => ({ departmentId: d.id })),
            ...organisations.map((organisationId) => ({ organisationId })),
            ...(resident
              ? [
                  {
                    participantId: resident.id,
                    residentName: resident.name,
                    invitedAt: new Date(firstOn.getTime() - 7 * DAY),
                    confirmedAt: new Date(firstOn.getTime() - 5 * DAY),
                  },
                ]
              : []),
          ],
        },
      },
      select: { id: true, seats: { select: { id: true } } },
    });
    if (resident)
      await prisma.consent.create({
        data: {
          participantId: resident.id,
          purpose: "OVERLEG_MEMBER",
          overlegId: overleg.id,
          textVersion: OVERLEG_TEXT_VERSION,
          givenAt: new Date(firstOn.getTime() - 5 * DAY),
        },
      });
    const dossiers = await prisma.dossier.findMany({
      where: { stadsdeelId: s.id, status: { not: "AANGEMELD" } },
      orderBy: { aangemeldAt: "asc" },
      select: { id: true, title: true, aangemeldAt: true },
    });
    const held = sessionStarts(
      { rrule, firstOn: todayKey(firstOn), startTime: "09:30" },
      firstOn,
      new Date(fromLocalInput(`${todayKey(anchor)}T00:00`)!.getTime() - 1),
    ); // up to yesterday; from today the cadence plans
    for (const [hi, startsAt] of held.entries()) {
      const last = hi === held.length - 1;
      const sessie = await prisma.sessie.create({
        data: {
          overlegId: overleg.id,
          startsAt,
          endsAt: new Date(startsAt.getTime() + 90 * 60_000),
          location: "Stadskantoor, Mosae Forum 10 (demo)",
          status: "GEHOUDEN",
          listsSentAt: last ? null : new Date(startsAt.getTime() + DAY),
          attendance: { create: overleg.seats.map((seat) => ({ seatId: seat.id, present: !rnd.chance(0.15) })) },
        },
      });
      const onTable = dossiers.filter((d) => d.aangemeldAt < startsAt);
      const points = [
        { title: "Mededelingen en lopende zaken (demo)", besluit: "Voor kennisgeving aangenomen. (Demogegevens.)" },
        ...onTable.slice(-2).map((d) => ({ title: d.title, dossierId: d.id, besluit: `Aanpak besproken; volgende stap afgesproken. (Demogegevens.)` })),
        ...(last ? [{ title: "Signalen uit de buurtpreventie-app (demo)", besluit: null }] : []),
      ];
      for (const [pi, p] of points.entries()) {
        const punt = await prisma.sessiePunt.create({
          data: { sessieId: sessie.id, position: pi + 1, title: p.title, dossierId: "dossierId" in p ? p.dossierId : null, besluit: p.besluit },
        });
        // the demo acties of a dossier were agreed at the last sessie it was on
        if ("dossierId" in p) await prisma.actie.updateMany({ where: { dossierId: p.dossierId }, data: { sessiePuntId: punt.id } });
      }
      sessies++;
    }
    sessies += (await generateSessies(prisma, overleg.id, anchor)).added;
  }
  return sessies;
}
