// A focusgebied for its public page: its stadsdeel and buurten (with the
// latest inhabitants figure where one is shown), its phases with dates, what
// the partners committed, its
// vastgesteld gebiedsagenda, and the opgaven of the stadsdeel's vastgesteld
// programma that are about it (the doorvertaling). Null when unknown.
import "server-only";
import { prisma } from "@/lib/db";

export async function getFocusgebied(slug: string) {
  const f = await prisma.focusgebied.findUnique({
    where: { slug },
    select: {
      id: true,
      slug: true,
      name: true,
      description: true,
      stadsdeel: { select: { slug: true, name: true } },
      buurten: { select: { buurt: { select: { code: true, name: true } } } },
      fasen: { orderBy: { startsOn: "asc" }, select: { fase: true, startsOn: true, endsOn: true } },
      bijdragen: { orderBy: { committedOn: "asc" }, select: { id: true, what: true, committedOn: true, organisation: { select: { name: true } } } },
    },
  });
  if (!f) return null;
  const codes = f.buurten.map((b) => b.buurt.code);
  const [inwoners, agenda, opgaven] = await Promise.all([
    prisma.indicatorWaarde.findMany({
      where: { indicator: { code: "cbs.inwoners" }, level: "BUURT", areaCode: { in: codes } },
      orderBy: { periodEnd: "desc" },
      select: { areaCode: true, value: true, periodEnd: true, source: true },
    }),
    prisma.programma.findFirst({
      where: { focusgebiedId: f.id, kind: "GEBIEDSAGENDA", status: "VASTGESTELD" },
      orderBy: { version: "desc" },
      select: {
        title: true,
        startYear: true,
        endYear: true,
        vastgesteldOp: true,
        besluitKenmerk: true,
        opgaven: { orderBy: { priority: "asc" }, select: { id: true, title: true, waarom: true, doelen: { select: { id: true, text: true } } } },
      },
    }),
    prisma.opgave.findMany({
      where: { focusgebiedId: f.id, programma: { kind: "STADSDEELPROGRAMMA", status: "VASTGESTELD" } },
      orderBy: { priority: "asc" },
      select: { id: true, title: true, waarom: true, programma: { select: { title: true, startYear: true, endYear: true } } },
    }),
  ]);
  const latest = new Map<string, { value: number; year: number; source: string }>();
  for (const w of inwoners) if (!latest.has(w.areaCode)) latest.set(w.areaCode, { value: w.value, year: w.periodEnd.getUTCFullYear(), source: w.source });
  return { ...f, buurten: f.buurten.map((b) => ({ ...b.buurt, inwoners: latest.get(b.buurt.code) ?? null })), agenda, opgaven };
}
