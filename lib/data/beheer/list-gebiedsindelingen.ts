// Beheer: the afwijkende gebiedsindelingen with owner, validity and units
// (how many buurten each), and who can own one. The beheerder only.
import "server-only";
import type { SessionUser } from "@/lib/auth/permissions";
import { prisma } from "@/lib/db";
import { organisationKindLabels } from "@/lib/format";
import { requireAdministrator } from "../scope";

export async function listGebiedsindelingen(user: SessionUser) {
  requireAdministrator(user);
  const [indelingen, departments, organisations] = await Promise.all([
    prisma.gebiedsindeling.findMany({
      orderBy: { name: "asc" },
      select: {
        id: true,
        name: true,
        validFrom: true,
        validTo: true,
        ownerDepartment: { select: { name: true } },
        ownerOrganisation: { select: { name: true } },
        eenheden: { orderBy: { name: "asc" }, select: { id: true, name: true, _count: { select: { buurten: true } } } },
      },
    }),
    prisma.department.findMany({ where: { active: true }, orderBy: { name: "asc" }, select: { id: true, name: true } }),
    prisma.organisation.findMany({ where: { active: true }, orderBy: { name: "asc" }, select: { id: true, name: true, kind: true } }),
  ]);
  return {
    indelingen,
    owners: [
      { label: "Afdelingen", options: departments.map((d) => ({ value: `department:${d.id}`, label: d.name })) },
      {
        label: "Partnerorganisaties",
        options: organisations.map((o) => ({ value: `organisation:${o.id}`, label: `${o.name} (${organisationKindLabels[o.kind]})` })),
      },
    ],
  };
}
