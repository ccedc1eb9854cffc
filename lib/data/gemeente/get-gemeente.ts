// The municipality's details for pages (public information: no user
// needed). Read once per server process and kept; the beheerder's save
// action forgets the kept copy, so this process shows a change at once
// (other processes within a minute).
import "server-only";
import { connection } from "next/server";
import type { SessionUser } from "@/lib/auth/permissions";
import { prisma } from "@/lib/db";
import { type GemeenteDetails, readGemeente } from "@/lib/gemeente";
import { requireAdministrator } from "@/lib/data/scope";

const TTL_MS = 60_000;
let kept: { at: number; value: Promise<GemeenteDetails> } | null = null;

export async function getGemeente(): Promise<GemeenteDetails> {
  await connection(); // read when a request comes, not at build time
  if (!kept || Date.now() - kept.at > TTL_MS) {
    const value = readGemeente(prisma);
    kept = { at: Date.now(), value };
    value.catch(() => (kept = null));
  }
  return kept.value;
}

export function forgetGemeente(): void {
  kept = null;
}

/** The beheer form's copy, read fresh (beheerder only). */
export async function getGemeenteForBeheer(user: SessionUser): Promise<GemeenteDetails> {
  requireAdministrator(user);
  return readGemeente(prisma);
}
