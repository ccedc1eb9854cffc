// One-time staff links: the first-run setup link (create the first
// beheerder) and set-password links. A link carries 32 random bytes; only
// their SHA-256 is stored (StaffToken) with purpose, expiry and when it was
// used. Using one is a single conditional UPDATE, so a link works once even
// when two requests race.
import type { Tx } from "../actions/define-action.ts";
import type { PrismaClient } from "../prisma-client.ts";
import { hashToken, newToken } from "../tokens.ts";

export type StaffTokenPurpose = "setup" | "set-password";
type Db = Tx | PrismaClient;

export async function issueStaffToken(db: Db, purpose: StaffTokenPurpose, userId: string | null, hours = 24, now = new Date()): Promise<string> {
  const { token, hash } = newToken();
  await db.staffToken.create({ data: { tokenHash: hash, purpose, userId, expiresAt: new Date(now.getTime() + hours * 3_600_000) } });
  return token;
}

/** The link's row when it is genuine, of this purpose, unused and not expired; otherwise null. Does not use it. */
export async function findStaffToken(db: Db, token: string, purpose: StaffTokenPurpose, now = new Date()) {
  if (!token || token.length > 200) return null;
  return db.staffToken.findFirst({ where: { tokenHash: hashToken(token), purpose, usedAt: null, expiresAt: { gt: now } }, select: { id: true, userId: true } });
}

/** Marks the link used, once: the row when this call used it, null when it was not valid (any more). */
export async function redeemStaffToken(db: Db, token: string, purpose: StaffTokenPurpose, now = new Date()) {
  const found = await findStaffToken(db, token, purpose, now);
  if (!found) return null;
  const used = await db.staffToken.updateMany({ where: { id: found.id, usedAt: null }, data: { usedAt: now } });
  return used.count === 1 ? found : null;
}
