// Demo dossiers for the stadsdeeltafels (deterministic, labelled demo; each
// title names its stadsdeel, so a title stands for one dossier):
// three partner organisations, and per stadsdeel one dossier in every
// status — the later ones with their clarity text and linked to an agenda
// item and a melding of that stadsdeel — each with acties owned by the
// regisseur, a department's colleague or a partner, some past their date.
import type { PrismaClient } from "../prisma-client.ts";
import type { Random } from "./random.ts";

const DAY = 86_400_000;
const statuses = ["AANGEMELD", "IN_BESPREKING", "DUIDELIJKHEID", "IN_UITVOERING", "AFGESLOTEN"] as const;
const subjects = [
  ["Overlast rond het winkelcentrum", "Jongeren en hangplekken 's avonds; winkeliers en bewoners klagen."],
  ["Verkeersveiligheid bij de basisschool", "Ouders en school vragen om een veiliger oversteek."],
  ["Verwaarloosde portiekflats", "Bewoners melden vocht, zwerfafval en onveilige bergingen."],
  ["Eenzaamheid onder ouderen", "Welzijn en wijkverpleging zien meer ouderen die er alleen voor staan."],
  ["Groen en spelen op het braakliggende terrein", "Buurt wil het terrein tijdelijk gebruiken; eigenaar en gemeente moeten het eens worden."],
] as const;

export async function generateDossiers(
  prisma: PrismaClient,
  rnd: Random,
  anchor: Date,
  stadsdelen: { id: string; name: string }[],
  regisseurIds: string[],
  medewerkerIds: Map<string, string>,
): Promise<number> {
  await prisma.organisation.createMany({
    data: [
      { name: "Politie, basisteam Maastricht (demo)", kind: "POLITIE" },
      { name: "Woningcorporatie Maasoever (demo)", kind: "WONINGCORPORATIE" },
      { name: "Welzijnsorganisatie Buurtkracht (demo)", kind: "WELZIJN" },
    ],
  });
  const organisations = await prisma.organisation.findMany({ orderBy: { name: "asc" } });
  const departments = [...medewerkerIds.keys()];
  let n = 0;
  for (const [si, s] of stadsdelen.entries()) {
    const agenda = await prisma.agendaItem.findFirst({ where: { stadsdeelId: s.id }, orderBy: { externalKey: "asc" }, select: { id: true } });
    const melding = await prisma.melding.findFirst({
      where: { stadsdeelId: s.id, status: "IN_BEHANDELING" },
      orderBy: { createdAt: "asc" },
      select: { id: true },
    });
    for (const [k, status] of statuses.entries()) {
      const [title, description] = subjects[(si + k) % subjects.length];
      const aangemeld = new Date(anchor.getTime() - (150 - k * 20 + rnd.int(0, 10)) * DAY);
      const step = (i: number) => (k >= i ? new Date(aangemeld.getTime() + i * rnd.int(10, 25) * DAY) : null);
      const department = departments[(si + k) % departments.length];
      const organisation = organisations[(si + k) % organisations.length];
      const dossier = await prisma.dossier.create({
        data: {
          title: `${title} in ${s.name} (demo)`,
          description: `${description} (Demogegevens.)`,
          stadsdeelId: s.id,
          ownerId: regisseurIds[si],
          status,
          clarity:
            k >= 2
              ? `Afgesproken aan de stadsdeeltafel: de afdeling en ${organisation.name.replace(" (demo)", "")} pakken dit samen op; bewoners horen het via de stadsdeelregisseur. (Demogegevens.)`
              : null,
          aangemeldAt: aangemeld,
          inBesprekingAt: step(1),
          duidelijkheidAt: step(2),
          inUitvoeringAt: step(3),
          afgeslotenAt: step(4),
          departments: { create: [{ departmentId: department }] },
          organisations: { create: [{ organisationId: organisation.id }] },
          agendaItems: k >= 3 && agenda ? { create: [{ agendaItemId: agenda.id }] } : undefined,
          meldingen: k === 1 && melding ? { create: [{ meldingId: melding.id }] } : undefined,
        },
      });
      const acties = k === 0 ? 0 : rnd.int(1, 3);
      for (let a = 0; a < acties; a++) {
        const due = new Date(anchor.getTime() + rnd.int(-20, 30) * DAY);
        const done = status === "AFGESLOTEN" || (due < anchor && rnd.chance(0.5));
        const owner =
          a === 0 ? { ownerUserId: regisseurIds[si] } : a === 1 ? { ownerUserId: medewerkerIds.get(department)! } : { ownerOrganisationId: organisation.id };
        await prisma.actie.create({
          data: {
            dossierId: dossier.id,
            description: ["Gesprek met de betrokken bewoners", "Schouw ter plekke met de afdeling", "Voorstel voor de aanpak maken"][a] + " (demo)",
            dueOn: new Date(Date.UTC(due.getUTCFullYear(), due.getUTCMonth(), due.getUTCDate())),
            status: done ? "GEREED" : "OPEN",
            doneAt: done ? due : null,
            ...owner,
          },
        });
      }
      n++;
    }
  }
  return n;
}
