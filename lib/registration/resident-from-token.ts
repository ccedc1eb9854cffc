// The resident behind a signed manage or unsubscribe link (signed over the
// e-mail address). Null when the link is forged, expired, or the data is gone.
import type { Tx } from "../actions/define-action.ts";
import type { PrismaClient } from "../prisma-client.ts";
import { type TokenKind, verifyToken } from "../tokens.ts";

export async function residentFromToken(db: Tx | PrismaClient, token: string, kind: Extract<TokenKind, "manage" | "unsubscribe">) {
  const payload = verifyToken(token, kind);
  if (!payload) return null;
  return db.participant.findUnique({ where: { email: payload.p }, select: { id: true, email: true, name: true } });
}
