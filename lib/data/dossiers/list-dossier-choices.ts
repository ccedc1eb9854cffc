// Staff: what a dossier form offers — the stadsdelen the user manages,
// active colleagues who can own a dossier or an actie, active departments
// and partner organisations.
import "server-only";
import type { SessionUser } from "@/lib/auth/permissions";
import { prisma } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { organisationKindLabels } from "@/lib/format";
import { stadsdeelIdFilter } from "../scope";

const activeColleagues = () =>
  prisma.user.findMany({
    where: { active: true, role: { in: ["STADSDEELREGISSEUR", "AFDELINGSMEDEWERKER", "BEHEERDER"] } },
    orderBy: { name: "asc" },
    select: { id: true, name: true, department: { select: { name: true } } },
  });
const activeOrganisations = () =>
  prisma.organisation.findMany({ where: { active: true }, orderBy: { name: "asc" }, select: { id: true, name: true, kind: true } });
const personLabel = (p: { name: string; department: { name: string } | null }) => (p.department ? `${p.name} (${p.department.name})` : p.name);
const organisationLabel = (o: { name: string; kind: string }) => `${o.name} (${organisationKindLabels[o.kind]})`;

export async function listDossierChoices(user: SessionUser) {
  if (user.role !== "STADSDEELREGISSEUR" && user.role !== "BEHEERDER") throw new AppError("FORBIDDEN", "Alleen regisseurs en beheerders openen dossiers.");
  const [stadsdelen, people, departments, organisations] = await Promise.all([
    prisma.stadsdeel.findMany({ where: { id: stadsdeelIdFilter(user, "manage") }, orderBy: { name: "asc" }, select: { id: true, name: true } }),
    activeColleagues(),
    prisma.department.findMany({ where: { active: true }, orderBy: { name: "asc" }, select: { id: true, name: true } }),
    activeOrganisations(),
  ]);
  return {
    stadsdelen: stadsdelen.map((s) => ({ value: s.id, label: s.name })),
    people: people.map((p) => ({ value: p.id, label: personLabel(p) })),
    departments: departments.map((d) => ({ value: d.id, label: d.name })),
    organisations: organisations.map((o) => ({ value: o.id, label: organisationLabel(o) })),
  };
}

/** For an actie: who can own it, as "user:<id>" / "organisation:<id>" options in two groups. Staff who run dossiers or overleggen only. */
export async function listActieOwners(user: SessionUser) {
  if (user.role === "PARTNER" || user.role === "WETHOUDER") throw new AppError("FORBIDDEN", "Alleen wie een dossier of overleg leidt, wijst acties toe.");
  const [people, organisations] = await Promise.all([activeColleagues(), activeOrganisations()]);
  return [
    { label: "Collega's", options: people.map((p) => ({ value: `user:${p.id}`, label: personLabel(p) })) },
    { label: "Partnerorganisaties", options: organisations.map((o) => ({ value: `organisation:${o.id}`, label: organisationLabel(o) })) },
  ];
}

export async function listOrganisations(user: SessionUser) {
  if (user.role !== "BEHEERDER") throw new AppError("FORBIDDEN", "Alleen de beheerder beheert organisaties.");
  return prisma.organisation.findMany({
    orderBy: { name: "asc" },
    select: { id: true, name: true, kind: true, active: true, _count: { select: { acties: true, dossiers: true } } },
  });
}
