// Whether a verslag link (?t=…) belongs to this bijeenkomst and still works:
// then the page offers reactions.
import "server-only";
import { prisma } from "@/lib/db";
import { redeemToken } from "@/lib/tokens";

export async function isVerslagLinkFor(token: string | undefined, bijeenkomstId: string): Promise<boolean> {
  if (!token) return false;
  return (await redeemToken(prisma, token, "verslag"))?.bijeenkomstId === bijeenkomstId;
}
