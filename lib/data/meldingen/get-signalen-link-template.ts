// Staff: the beheerder's address template for opening a melding in Signalen
// (lib/signalen/signalen-link.ts), or null. Not personal data; read per request.
import "server-only";
import { cache } from "react";
import type { SessionUser } from "@/lib/auth/permissions";
import { prisma } from "@/lib/db";

export const getSignalenLinkTemplate = cache(async (_user: SessionUser): Promise<string | null> => {
  const source = await prisma.meldingSource.findUnique({ where: { id: "signalen" }, select: { linkTemplate: true } });
  return source?.linkTemplate ?? null;
});
