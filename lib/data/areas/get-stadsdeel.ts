// Public: one stadsdeel by slug with its buurten (and their wijk) and the
// names of its regisseurs. Null when the slug is unknown.
import "server-only";
import { cache } from "react";
import { prisma } from "@/lib/db";

/** Cached per request: layout, metadata and page share one query. */
export const getStadsdeel = cache(async (slug: string) => {
  return prisma.stadsdeel.findUnique({
    where: { slug },
    select: {
      id: true,
      slug: true,
      name: true,
      wethouderName: true,
      outline: true,
      buurten: {
        orderBy: { name: "asc" },
        select: { id: true, code: true, name: true, geometry: true, wijk: { select: { code: true, name: true } } },
      },
      regisseurs: { where: { user: { active: true } }, select: { user: { select: { name: true } } } },
    },
  });
});
