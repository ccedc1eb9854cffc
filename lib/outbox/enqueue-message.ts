// Writes an e-mail to the outbox inside the caller's transaction, so the
// message exists exactly when the change that causes it does. A worker
// sends it later; nothing here talks to SMTP.
import type { Tx } from "../actions/define-action.ts";

export type OutboxInput = {
  kind: string;
  toEmail: string;
  subject: string;
  text: string;
  html?: string;
  relatedType?: string;
  relatedId?: string;
  sendAfter?: Date;
  attachments?: { filename: string; contentType: string; content: string }[];
};

export async function enqueueMessage(tx: Tx, message: OutboxInput): Promise<void> {
  await tx.outboxMessage.create({ data: { ...message, sendAfter: message.sendAfter ?? new Date() } });
}
