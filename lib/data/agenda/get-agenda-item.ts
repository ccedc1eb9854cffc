// Staff: one agenda item with its areas and links, read only within the
// user's scope (its department, or its stadsdeel's staff; refuses with
// AppError FORBIDDEN / NOT_FOUND; cached per request), what can still be
// linked from its stadsdeel, and the choices of its form.
import "server-only";
import { cache } from "react";
import type { SessionUser } from "@/lib/auth/permissions";
import { listDepartments } from "@/lib/data/catalog/list-departments";
import { listThemes } from "@/lib/data/catalog/list-themes";
import { prisma } from "@/lib/db";
import { NOTHING, agendaItemScope, refuse } from "../scope";

export const getAgendaItem = cache(async (user: SessionUser, id: string) => {
  const item = await prisma.agendaItem.findFirst({
    where: { id, ...(agendaItemScope(user) ?? NOTHING) },
    include: {
      stadsdeel: { select: { id: true, slug: true, name: true } },
      areas: { select: { buurtId: true, wijkId: true } },
      inbreng: { select: { inbreng: { select: { id: true, text: true, kind: true } } } },
      bijeenkomsten: { select: { bijeenkomst: { select: { id: true, title: true, startsAt: true } } } },
    },
  });
  return item ?? refuse(prisma.agendaItem.count({ where: { id } }));
});

export async function linkableForAgenda(stadsdeelId: string) {
  const [inbreng, bijeenkomsten] = await Promise.all([
    prisma.inbreng.findMany({
      where: { bijeenkomst: { stadsdeelId }, followUpStatus: { in: ["OPEN", "IN_BEHANDELING", "AGENDA"] } },
      orderBy: { createdAt: "desc" },
      take: 300,
      select: { id: true, text: true, buurt: { select: { name: true } } },
    }),
    prisma.bijeenkomst.findMany({ where: { stadsdeelId }, orderBy: { startsAt: "desc" }, take: 100, select: { id: true, title: true, startsAt: true } }),
  ]);
  return { inbreng, bijeenkomsten };
}

async function areaOptions(stadsdeelId: string) {
  const buurten = await prisma.buurt.findMany({
    where: { stadsdeelId },
    orderBy: { name: "asc" },
    select: { id: true, name: true, wijk: { select: { id: true, name: true } } },
  });
  const wijken = [...new Map(buurten.map((b) => [b.wijk.id, b.wijk])).values()].sort((a, b) => a.name.localeCompare(b.name, "nl"));
  return { buurten: buurten.map(({ id, name }) => ({ id, name })), wijken };
}

/** The choices of the agenda item form for this user in this stadsdeel. */
export async function agendaFormOptions(user: SessionUser, stadsdeelId: string) {
  const [themes, departments, areas] = await Promise.all([
    listThemes({ forForm: true }),
    listDepartments(user.role === "AFDELINGSMEDEWERKER" ? user.departmentId : undefined, { forForm: true }),
    areaOptions(stadsdeelId),
  ]);
  return { themes, departments, ...areas };
}
