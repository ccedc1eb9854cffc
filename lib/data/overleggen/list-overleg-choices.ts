// Staff: what the new-overleg form offers — the stadsdelen the user
// manages (and "city-wide" for the beheerder), active colleagues for chair,
// secretary and seats, active partner users, departments and organisations.
import "server-only";
import type { SessionUser } from "@/lib/auth/permissions";
import { prisma } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { listDossierChoices } from "../dossiers/list-dossier-choices";

export async function listOverlegChoices(user: SessionUser) {
  if (user.role !== "STADSDEELREGISSEUR" && user.role !== "BEHEERDER") throw new AppError("FORBIDDEN", "Alleen regisseurs en beheerders maken een overleg.");
  const [c, partners] = await Promise.all([
    listDossierChoices(user),
    prisma.user.findMany({
      where: { active: true, role: "PARTNER" },
      orderBy: { name: "asc" },
      select: { id: true, name: true, organisation: { select: { name: true } } },
    }),
  ]);
  return {
    ...c,
    partners: partners.map((p) => ({ value: p.id, label: `${p.name} (${p.organisation?.name ?? "partner"})` })),
    cityWide: user.role === "BEHEERDER",
  };
}
