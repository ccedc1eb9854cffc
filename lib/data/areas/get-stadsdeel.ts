// One stadsdeel by slug with its buurten (and their wijk) and the names of
// its regisseurs: `getStadsdeel` for the public pages (null when the slug is
// unknown), `getStaffStadsdeelArea` for staff pages, read only within the
// user's scope (refuses with AppError FORBIDDEN / NOT_FOUND).
import "server-only";
import { cache } from "react";
import type { SessionUser } from "@/lib/auth/permissions";
import { prisma } from "@/lib/db";
import { type Access, refuse, stadsdeelWhere } from "../scope";

const select = {
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
} as const;

/** Cached per request: layout, metadata and page share one query. */
export const getStadsdeel = cache(async (slug: string) => prisma.stadsdeel.findUnique({ where: { slug }, select }));

export const getStaffStadsdeelArea = cache(async (user: SessionUser, slug: string, access: Access = "read") => {
  const s = await prisma.stadsdeel.findFirst({ where: { slug, ...stadsdeelWhere(user, access) }, select });
  return s ?? refuse(prisma.stadsdeel.count({ where: { slug } }));
});
