// Sends what is in the outbox. Workers claim messages with
// SELECT … FOR UPDATE SKIP LOCKED and mark them SENDING in the same
// statement, so two workers never send the same message. A failed send is
// retried with exponential back-off (30 s, 1 min, 2 min … at most 1 h); after
// OUTBOX_MAX_ATTEMPTS tries the message is FAILED and shown to staff, who can
// retry it. A worker that died mid-send leaves SENDING rows; they return to
// PENDING after 10 minutes (so a message can, rarely, go out twice — never zero times).
// The municipality's details are filled in here, at sending time (lib/gemeente.ts).
import type { Transporter } from "nodemailer";
import { fillGemeente, readGemeente } from "../gemeente.ts";
import type { PrismaClient } from "../prisma-client.ts";

export const MAX_ATTEMPTS = Number(process.env.OUTBOX_MAX_ATTEMPTS ?? 6);
export const FROM = process.env.MAIL_FROM ?? "Stadsdeelportaal <noreply@stadsdeelportaal.example>";

type Claimed = {
  id: string;
  toEmail: string;
  subject: string;
  text: string;
  html: string | null;
  attempts: number;
  attachments: { filename: string; contentType: string; content: string }[] | null;
};

export function backoffMs(attempts: number): number {
  return Math.min(3_600_000, 30_000 * 2 ** Math.max(0, attempts - 1));
}

/**
 * RFC 8058 one-click unsubscribe headers, from the unsubscribe link that
 * every resident mail's footer carries (lib/mail/messages.ts); none when a
 * mail has no such link.
 */
export function listUnsubscribeHeaders(text: string): Record<string, string> | undefined {
  const url = /https?:\/\/\S+\/afmelden\/[A-Za-z0-9_.-]+/.exec(text)?.[0];
  return url ? { "List-Unsubscribe": `<${url}/direct>`, "List-Unsubscribe-Post": "List-Unsubscribe=One-Click" } : undefined;
}

export async function processOutbox(
  prisma: PrismaClient,
  transport: Pick<Transporter, "sendMail">,
  batch = 20,
): Promise<{ sent: number; failed: number; retried: number }> {
  await prisma.$executeRaw`UPDATE "OutboxMessage" SET status = 'PENDING' WHERE status = 'SENDING' AND "sendAfter" < now() - interval '10 minutes'`;
  const claimed = await prisma.$queryRaw<Claimed[]>`
    UPDATE "OutboxMessage" SET status = 'SENDING', attempts = attempts + 1, "sendAfter" = now()
    WHERE id IN (
      SELECT id FROM "OutboxMessage" WHERE status = 'PENDING' AND "sendAfter" <= now()
      ORDER BY "createdAt" FOR UPDATE SKIP LOCKED LIMIT ${batch}
    )
    RETURNING id, "toEmail", subject, text, html, attempts, attachments`;
  const result = { sent: 0, failed: 0, retried: 0 };
  const gemeente = claimed.length ? await readGemeente(prisma) : null;
  for (const m of claimed) {
    try {
      await transport.sendMail({
        from: FROM,
        to: m.toEmail,
        subject: m.subject,
        text: fillGemeente(m.text, gemeente!),
        html: m.html ? fillGemeente(m.html, gemeente!, true) : undefined,
        headers: listUnsubscribeHeaders(m.text),
        attachments: m.attachments?.map((a) => ({ filename: a.filename, contentType: a.contentType, content: Buffer.from(a.content, "base64") })),
      });
      await prisma.outboxMessage.update({ where: { id: m.id }, data: { status: "SENT", sentAt: new Date(), lastError: null } });
      result.sent++;
    } catch (error) {
      const message = String((error as Error)?.message ?? error).slice(0, 500);
      if (m.attempts >= MAX_ATTEMPTS) {
        await prisma.outboxMessage.update({ where: { id: m.id }, data: { status: "FAILED", lastError: message } });
        result.failed++;
      } else {
        await prisma.outboxMessage.update({
          where: { id: m.id },
          data: { status: "PENDING", lastError: message, sendAfter: new Date(Date.now() + backoffMs(m.attempts)) },
        });
        result.retried++;
      }
    }
  }
  return result;
}
