// Signed, expiring links for residents (no passwords): manage my
// registrations, the evaluation of one registration, and one-click
// unsubscribe. HMAC-SHA256 over a small JSON payload, base64url encoded.
import { createHmac, timingSafeEqual } from "node:crypto";

export type TokenKind = "manage" | "evaluation" | "unsubscribe" | "verslag";
/** p: the resident's e-mail address (manage, unsubscribe, verslag with r the bijeenkomst) or participant id (evaluation, with r the registration). */
export type TokenPayload = { k: TokenKind; p: string; r?: string; e: number };

function secret(): string {
  const s = process.env.TOKEN_SECRET ?? process.env.NEXTAUTH_SECRET;
  if (!s) throw new Error("TOKEN_SECRET (or NEXTAUTH_SECRET) is not set");
  return s;
}

const DAY = 86_400_000;
export const tokenLifetimeDays: Record<TokenKind, number> = { manage: 180, evaluation: 30, unsubscribe: 365, verslag: 365 };

export function signToken(kind: TokenKind, subject: string, registrationId?: string, now = Date.now()): string {
  const payload: TokenPayload = { k: kind, p: subject, ...(registrationId ? { r: registrationId } : {}), e: now + tokenLifetimeDays[kind] * DAY };
  const body = Buffer.from(JSON.stringify(payload)).toString("base64url");
  const mac = createHmac("sha256", secret()).update(body).digest("base64url");
  return `${body}.${mac}`;
}

/** The payload when the token is genuine, of the expected kind and not expired; otherwise null. */
export function verifyToken(token: string, kind: TokenKind, now = Date.now()): TokenPayload | null {
  const [body, mac] = token.split(".");
  if (!body || !mac) return null;
  const expected = createHmac("sha256", secret()).update(body).digest();
  const given = Buffer.from(mac, "base64url");
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return null;
  try {
    const payload = JSON.parse(Buffer.from(body, "base64url").toString("utf8")) as TokenPayload;
    return payload.k === kind && payload.e > now ? payload : null;
  } catch {
    return null;
  }
}
