// The resident behind a manage or unsubscribe link (an opaque token, see
// lib/tokens.ts). Null when the link is unknown, expired, revoked, or the
// person's data is gone.
import type { Tx } from "../actions/define-action.ts";
import type { PrismaClient } from "../prisma-client.ts";
import { redeemToken } from "../tokens.ts";

export async function residentFromToken(db: Tx | PrismaClient, token: string, purpose: "manage" | "unsubscribe") {
  const t = await redeemToken(db, token, purpose);
  if (!t) return null;
  return db.participant.findUnique({ where: { id: t.participantId }, select: { id: true, email: true, name: true } });
}
