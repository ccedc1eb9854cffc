// Staff: the beheerder's address template for opening a melding in Signalen
// (lib/signalen/signalen-link.ts), or null — for those who see meldingen.
import "server-only";
import { cache } from "react";
import type { SessionUser } from "@/lib/auth/permissions";
import { prisma } from "@/lib/db";
import { meldingScope } from "../scope";

export const getSignalenLinkTemplate = cache(async (user: SessionUser): Promise<string | null> => {
  if (!meldingScope(user)) return null; // who sees no meldingen needs no link into Signalen
  const source = await prisma.meldingSource.findUnique({ where: { id: "signalen" }, select: { linkTemplate: true } });
  return source?.linkTemplate ?? null;
});
