// Demo afwijkende gebiedsindelingen (deterministic, labelled demo): the
// sociale wijkteams' deelgebieden (Sociaal Domein) — runs of about six
// buurten in code order, so some cross a stadsdeel border — and three police
// districts (the politie) — the buurten in thirds by code.
import type { PrismaClient } from "../prisma-client.ts";

export async function generateGebiedsindelingen(prisma: PrismaClient, anchor: Date): Promise<number> {
  const buurten = await prisma.buurt.findMany({ orderBy: { code: "asc" }, select: { id: true } });
  const sociaal = await prisma.department.findFirst({ where: { slug: "sociaal-domein" }, select: { id: true } });
  const politie = await prisma.organisation.findFirst({ where: { kind: "POLITIE" }, select: { id: true } });
  const validFrom = new Date(Date.UTC(anchor.getUTCFullYear() - 1, 0, 1));
  const divisions = [
    ...(sociaal
      ? [{ name: "Deelgebieden sociale wijkteams (demo)", owner: { ownerDepartmentId: sociaal.id }, size: 6, unit: (i: number) => `Wijkteam ${i + 1} (demo)` }]
      : []),
    ...(politie
      ? [
          {
            name: "Politiedistricten (demo)",
            owner: { ownerOrganisationId: politie.id },
            size: Math.ceil(buurten.length / 3),
            unit: (i: number) => `District ${["Noord", "Midden", "Zuid"][i] ?? i + 1} (demo)`,
          },
        ]
      : []),
  ];
  for (const d of divisions) {
    const indeling = await prisma.gebiedsindeling.create({ data: { name: d.name, validFrom, ...d.owner } });
    for (let i = 0; i * d.size < buurten.length; i++) {
      const unit = await prisma.gebiedsEenheid.create({ data: { indelingId: indeling.id, name: d.unit(i) } });
      await prisma.gebiedsEenheidBuurt.createMany({
        data: buurten.slice(i * d.size, (i + 1) * d.size).map((b) => ({ eenheidId: unit.id, buurtId: b.id, indelingId: indeling.id })),
      });
    }
  }
  return divisions.length;
}
