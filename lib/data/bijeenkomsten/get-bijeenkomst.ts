// Staff: one bijeenkomst with its stadsdeel and tables, read only within the
// user's scope ("read": its stadsdeel's staff pages; "manage": its
// organisers). Refuses with AppError FORBIDDEN / NOT_FOUND. Cached per
// request, so layout and page share the query.
import "server-only";
import { cache } from "react";
import type { SessionUser } from "@/lib/auth/permissions";
import { prisma } from "@/lib/db";
import { type Access, bijeenkomstWhere, refuse } from "../scope";

export const getBijeenkomst = cache(async (user: SessionUser, id: string, access: Access = "read") => {
  const b = await prisma.bijeenkomst.findFirst({
    where: { id, ...bijeenkomstWhere(user, access) },
    include: {
      stadsdeel: { select: { id: true, slug: true, name: true } },
      tafels: { orderBy: { sortOrder: "asc" } },
      _count: { select: { inbreng: true } },
    },
  });
  return b ?? refuse(prisma.bijeenkomst.count({ where: { id } }));
});
