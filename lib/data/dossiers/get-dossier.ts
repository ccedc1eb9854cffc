// Staff: one dossier with its departments, organisations, links and acties,
// read only within dossierScope. Refuses with AppError FORBIDDEN / NOT_FOUND.
import "server-only";
import { cache } from "react";
import type { SessionUser } from "@/lib/auth/permissions";
import { prisma } from "@/lib/db";
import { NOTHING, dossierScope, refuse } from "../scope";

export const getDossier = cache(async (user: SessionUser, id: string) => {
  const d = await prisma.dossier.findFirst({
    where: { id, ...(dossierScope(user) ?? NOTHING) },
    include: {
      stadsdeel: { select: { id: true, slug: true, name: true } },
      owner: { select: { id: true, name: true } },
      departments: { select: { department: { select: { id: true, name: true } } } },
      organisations: { select: { organisation: { select: { id: true, name: true, kind: true } } } },
      inbreng: { select: { inbreng: { select: { id: true, text: true, publicAnswer: true, bijeenkomst: { select: { title: true } } } } } },
      meldingen: { select: { melding: { select: { id: true, description: true, status: true, externalReference: true } } } },
      agendaItems: { select: { agendaItem: { select: { id: true, title: true } } } },
      acties: {
        orderBy: [{ status: "asc" }, { dueOn: "asc" }],
        include: { ownerUser: { select: { id: true, name: true } }, ownerOrganisation: { select: { id: true, name: true } } },
      },
    },
  });
  return d ?? refuse(prisma.dossier.count({ where: { id } }));
});
