// Residents' links (no passwords): manage my registrations and data,
// unsubscribe from invitations, the evaluation of one registration, the
// verslag of one bijeenkomst with reactions, the invitation to an overleg seat. A link carries 32 random bytes
// and nothing else; the database keeps only their SHA-256 with the purpose,
// the person, expiry and revocation (table ResidentToken). So a forwarded
// link shows no e-mail address, every link can be revoked, and all of them
// end when the person's data is deleted.
import { randomBytes } from "node:crypto";
import type { Tx } from "./actions/define-action.ts";
import { sha256Hex } from "./hash.ts";
import type { PrismaClient } from "./prisma-client.ts";

export type TokenPurpose = "manage" | "unsubscribe" | "evaluation" | "verslag" | "overleg";

const DAY = 86_400_000;
export const tokenLifetimeDays: Record<TokenPurpose, number> = { manage: 180, unsubscribe: 365, evaluation: 30, verslag: 365, overleg: 14 };

export function hashToken(token: string): string {
  return sha256Hex(token);
}

/** A fresh random token and the hash to store for it. */
export function newToken(): { token: string; hash: string } {
  const token = randomBytes(32).toString("base64url");
  return { token, hash: hashToken(token) };
}

type Db = Tx | PrismaClient;
export type TokenScope = { participantId: string; registrationId?: string; bijeenkomstId?: string; seatId?: string };

/** Issues a link token for a person (and registration or bijeenkomst); returns the token for the URL. */
export async function issueToken(db: Db, purpose: TokenPurpose, scope: TokenScope, now = new Date()): Promise<string> {
  const { token, hash } = newToken();
  await db.residentToken.create({
    data: { tokenHash: hash, purpose, ...scope, expiresAt: new Date(now.getTime() + tokenLifetimeDays[purpose] * DAY) },
  });
  return token;
}

/**
 * The person (and registration or bijeenkomst) behind a token, when it is
 * genuine, of this purpose, not expired, not revoked, and the person's data
 * still exists; otherwise null.
 */
export async function redeemToken(db: Db, token: string, purpose: TokenPurpose, now = new Date()) {
  if (!token || token.length > 200) return null;
  const row = await db.residentToken.findUnique({
    where: { tokenHash: hashToken(token) },
    select: {
      purpose: true,
      expiresAt: true,
      revokedAt: true,
      participantId: true,
      registrationId: true,
      bijeenkomstId: true,
      seatId: true,
      participant: { select: { anonymisedAt: true } },
    },
  });
  if (!row || row.purpose !== purpose || row.revokedAt || row.expiresAt <= now || row.participant.anonymisedAt) return null;
  return { participantId: row.participantId, registrationId: row.registrationId, bijeenkomstId: row.bijeenkomstId, seatId: row.seatId };
}

/** Revokes a person's links (all, or those of some purposes). */
export async function revokeTokens(db: Db, participantId: string, purposes?: TokenPurpose[], now = new Date()): Promise<number> {
  const r = await db.residentToken.updateMany({
    where: { participantId, revokedAt: null, ...(purposes ? { purpose: { in: purposes } } : {}) },
    data: { revokedAt: now },
  });
  return r.count;
}
