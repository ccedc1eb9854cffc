// Staff: what a dossier form offers — the stadsdelen the user manages,
// active colleagues who can own a dossier or an actie, active departments
// and partner organisations.
import "server-only";
import type { SessionUser } from "@/lib/auth/permissions";
import { prisma } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { organisationKindLabels } from "@/lib/format";
import { stadsdeelIdFilter } from "../scope";

export async function listDossierChoices(user: SessionUser) {
  if (user.role !== "STADSDEELREGISSEUR" && user.role !== "BEHEERDER") throw new AppError("FORBIDDEN", "Alleen regisseurs en beheerders openen dossiers.");
  const [stadsdelen, people, departments, organisations] = await Promise.all([
    prisma.stadsdeel.findMany({ where: { id: stadsdeelIdFilter(user, "manage") }, orderBy: { name: "asc" }, select: { id: true, name: true } }),
    prisma.user.findMany({ where: { active: true, role: { in: ["STADSDEELREGISSEUR", "AFDELINGSMEDEWERKER", "BEHEERDER"] } }, orderBy: { name: "asc" }, select: { id: true, name: true, department: { select: { name: true } } } }),
    prisma.department.findMany({ where: { active: true }, orderBy: { name: "asc" }, select: { id: true, name: true } }),
    prisma.organisation.findMany({ where: { active: true }, orderBy: { name: "asc" }, select: { id: true, name: true, kind: true } }),
  ]);
  return {
    stadsdelen: stadsdelen.map((s) => ({ value: s.id, label: s.name })),
    people: people.map((p) => ({ value: p.id, label: p.department ? `${p.name} (${p.department.name})` : p.name })),
    departments: departments.map((d) => ({ value: d.id, label: d.name })),
    organisations: organisations.map((o) => ({ value: o.id, label: `${o.name} (${organisationKindLabels[o.kind]})` })),
  };
}

/** For an actie: who can own it, as "user:<id>" / "organisation:<id>" options in two groups. */
export async function listActieOwners(user: SessionUser) {
  const c = await listDossierChoices(user);
  return [
    { label: "Collega's", options: c.people.map((p) => ({ value: `user:${p.value}`, label: p.label })) },
    { label: "Partnerorganisaties", options: c.organisations.map((o) => ({ value: `organisation:${o.value}`, label: o.label })) },
  ];
}

export async function listOrganisations(user: SessionUser) {
  if (user.role !== "BEHEERDER") throw new AppError("FORBIDDEN", "Alleen de beheerder beheert organisaties.");
  return prisma.organisation.findMany({ orderBy: { name: "asc" }, select: { id: true, name: true, kind: true, active: true, _count: { select: { acties: true, dossiers: true } } } });
}
