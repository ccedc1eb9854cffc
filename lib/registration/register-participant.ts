// Registering a resident for a bijeenkomst. In one transaction: the
// participant (found by e-mail), consent records, the registration —
// confirmed while seats are left (counting party size), otherwise
// waitlisted — the mail in the outbox and the audit event. Seats are counted
// while the bijeenkomst row is locked (SELECT … FOR UPDATE), so simultaneous
// registrations can never overbook; registering twice is harmless. The
// transaction is a single call of the register_participants SQL function,
// for one registration or a batch of simultaneous ones, so no lock is held
// across round trips.
import { randomUUID } from "node:crypto";
import type { Tx } from "../actions/define-action.ts";
import type { PrismaClient } from "../prisma-client.ts";
import { AppError, fieldError } from "../errors.ts";
import { bijeenkomstIcs } from "../ics.ts";
import { baseUrl, escapeHtml, messages } from "../mail/messages.ts";
import { newToken, tokenLifetimeDays } from "../tokens.ts";
import type { z } from "zod";
import { POOL_TEXT_VERSION, PRIVACY_TEXT_VERSION, type registerSchema } from "../validation/registration.ts";

export type RegisterInput = z.output<typeof registerSchema>;
export type RegisterOutcome = { registrationId: string; participantId: string; status: "CONFIRMED" | "WAITLISTED"; duplicate: boolean; title: string };

const SEAT_STATUSES = ["CONFIRMED", "ATTENDED", "NO_SHOW"] as const;

export async function seatsTaken(tx: Tx, bijeenkomstId: string, excludeRegistrationId?: string): Promise<number> {
  const r = await tx.registration.aggregate({
    where: { bijeenkomstId, status: { in: [...SEAT_STATUSES] }, ...(excludeRegistrationId ? { id: { not: excludeRegistrationId } } : {}) },
    _sum: { partySize: true },
  });
  return r._sum.partySize ?? 0;
}

export async function lockBijeenkomst(tx: Tx, bijeenkomstId: string) {
  const rows = await tx.$queryRaw<{ id: string }[]>`SELECT id FROM "Bijeenkomst" WHERE id = ${bijeenkomstId} FOR UPDATE`;
  if (rows.length === 0) throw new AppError("NOT_FOUND", "Deze bijeenkomst bestaat niet (meer).");
}

const errors: Record<string, AppError> = {
  NOT_FOUND: new AppError("NOT_FOUND", "Deze bijeenkomst bestaat niet (meer)."),
  CANCELLED: new AppError("CONFLICT", "Deze bijeenkomst gaat niet door."),
  NOT_OPEN: new AppError("CONFLICT", "Aanmelden voor deze bijeenkomst kan nog niet."),
  CLOSED: new AppError("CONFLICT", "Aanmelden voor deze bijeenkomst is gesloten."),
  BAD_BUURT: fieldError("buurtId", "Kies uw buurt uit de lijst."),
  RATE_IP: new AppError("CONFLICT", "Er zijn vanaf uw internetverbinding te veel aanmeldingen gedaan. Probeer het over tien minuten opnieuw."),
  RATE_EMAIL: new AppError("CONFLICT", "Met dit e-mailadres is het afgelopen uur te vaak geprobeerd aan te melden. Probeer het later opnieuw."),
};

/** Rate limits for registrations, counted by the database in the same statement. */
export const registrationLimits = {
  perIp: { points: Number(process.env.RATE_LIMIT_REGISTRATIONS_PER_IP ?? 20), windowMs: 10 * 60_000 },
  perEmail: { points: 5, windowMs: 60 * 60_000 },
};

type Row = { idx?: number; registration_id: string | null; participant_id: string | null; status: string | null; duplicate: boolean; error: string | null };
type Item = {
  ip: string;
  email: string;
  name: string;
  buurtId: string;
  postcode: string;
  ageBand: string;
  partySize: number;
  needs: string[];
  needsOther: string;
  pool: boolean;
  ids: string[];
  /** what fills the mail templates; the links' tokens are stored (hashed) by the SQL function once the person is known */
  nameHtml: string;
  manage: string;
  unsub: string;
  party: string;
  partyHtml: string;
  manageHash: string;
  unsubHash: string;
};
type Template = { subject: string; text: string; html: string };
type Templates = { confirm: Template; wait: Template; duplicate: Template; pool: Template; attachments: unknown };
type Waiting = { item: Item; resolve: (row: Row) => void; reject: (error: unknown) => void };

// Registrations that arrive together for one bijeenkomst are written in one
// transaction (register_participants): one lock, one commit for the batch.
// Per database client and bijeenkomst, one batch runs at a time; whatever
// arrives meanwhile forms the next batch.
const queues = new WeakMap<object, Map<string, { waiting: Waiting[]; running: boolean }>>();
const MAX_BATCH = 250;

function enqueue(db: Tx | PrismaClient, bijeenkomstId: string, item: Item, mails: Templates): Promise<Row> {
  let byId = queues.get(db);
  if (!byId) queues.set(db, (byId = new Map()));
  let q = byId.get(bijeenkomstId);
  if (!q) byId.set(bijeenkomstId, (q = { waiting: [], running: false }));
  const queue = q;
  return new Promise<Row>((resolve, reject) => {
    queue.waiting.push({ item, resolve, reject });
    if (!queue.running) {
      queue.running = true;
      setImmediate(() => void drain(db, bijeenkomstId, queue, mails));
    }
  });
}

async function drain(db: Tx | PrismaClient, bijeenkomstId: string, queue: { waiting: Waiting[]; running: boolean }, mails: Templates) {
  while (queue.waiting.length) {
    const batch = queue.waiting.splice(0, MAX_BATCH);
    try {
      const rows = await db.$queryRaw<Row[]>`
        SELECT * FROM "register_participants"(${bijeenkomstId}, ${JSON.stringify(batch.map((w) => w.item))}::jsonb, ${JSON.stringify(mails)}::jsonb, ${PRIVACY_TEXT_VERSION}, ${POOL_TEXT_VERSION},
          ${registrationLimits.perIp.points}::int, ${registrationLimits.perIp.windowMs}::bigint, ${registrationLimits.perEmail.points}::int, ${registrationLimits.perEmail.windowMs}::bigint, ${tokenLifetimeDays.manage}::int, ${tokenLifetimeDays.unsubscribe}::int)`;
      for (const row of rows) batch[row.idx!].resolve(row);
    } catch (error) {
      for (const w of batch) w.reject(error);
    }
  }
  queue.running = false;
}

// What a mail needs of the bijeenkomst (and its .ics), read once per second
// at most: in a burst every registrant gets the same details. The seat
// decision itself always reads fresh, under the lock, in the database.
type MailContext = { b: NonNullable<Awaited<ReturnType<PrismaClient["bijeenkomst"]["findUnique"]>>>; templates: Templates };
const mailContexts = new WeakMap<object, Map<string, { at: number; value: Promise<MailContext> }>>();
const placeholder = { name: "{{NAME}}", urls: { manage: "{{MANAGE}}", unsubscribe: "{{UNSUB}}" } };

async function mailContext(db: Tx | PrismaClient, bijeenkomstId: string) {
  let byId = mailContexts.get(db);
  if (!byId) mailContexts.set(db, (byId = new Map()));
  const hit = byId.get(bijeenkomstId);
  if (hit && Date.now() - hit.at < 1000) return hit.value;
  const value = (async () => {
    const b = await db.bijeenkomst.findUnique({ where: { id: bijeenkomstId } });
    if (!b || !b.publishedAt) throw errors.NOT_FOUND; // a concept is not there for residents (and is never unpublished again)
    const ics = Buffer.from(bijeenkomstIcs(b, `${baseUrl()}/bijeenkomsten/${b.id}`)).toString("base64");
    const confirm = messages.confirmation(placeholder, b, "{{PARTY}}");
    const wait = messages.waitlisted(placeholder, b);
    const duplicate = messages.duplicate(placeholder, b);
    const pool = messages.poolConfirm(placeholder);
    return { b, templates: { confirm, wait, duplicate, pool, attachments: [{ filename: "bijeenkomst.ics", contentType: "text/calendar", content: ics }] } };
  })();
  byId.set(bijeenkomstId, { at: Date.now(), value });
  value.catch(() => byId.delete(bijeenkomstId));
  return value;
}

/**
 * Registers one resident. Both possible mails are written here first; the
 * database picks the one that matches the seat decision. Simultaneous
 * registrations for the same bijeenkomst are batched (see above).
 */
export async function registerParticipant(db: Tx | PrismaClient, input: RegisterInput, ip = "unknown"): Promise<RegisterOutcome> {
  const { b, templates } = await mailContext(db, input.bijeenkomstId);
  const party = input.partySize > 1 ? ` met ${input.partySize} personen` : "";
  const manage = newToken();
  const unsub = newToken();
  const item: Item = {
    ip,
    email: input.email,
    name: input.name,
    buurtId: input.buurtId ?? "",
    postcode: input.postcode ?? "",
    ageBand: input.ageBand ?? "",
    partySize: input.partySize,
    needs: input.needs,
    needsOther: input.needsOther ?? "",
    pool: input.pool,
    ids: Array.from({ length: 8 }, () => randomUUID()),
    nameHtml: escapeHtml(input.name),
    manage: `${baseUrl()}/mijn/${manage.token}`,
    unsub: `${baseUrl()}/afmelden/${unsub.token}`,
    party,
    partyHtml: escapeHtml(party),
    manageHash: manage.hash,
    unsubHash: unsub.hash,
  };
  let row = await enqueue(db, b.id, item, templates);
  // a unique clash inside a batch (the same person twice at the same moment): try once more, alone
  if (row.error === "RETRY") row = await enqueue(db, b.id, { ...item, ids: item.ids.map(() => randomUUID()) }, templates);
  if (row.error) throw errors[row.error] ?? new AppError("CONFLICT", "Aanmelden is niet gelukt.");
  return {
    registrationId: row.registration_id!,
    participantId: row.participant_id!,
    status: row.status === "WAITLISTED" ? "WAITLISTED" : "CONFIRMED",
    duplicate: row.duplicate,
    title: b.title,
  };
}
