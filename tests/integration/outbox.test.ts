// The outbox worker against a real SMTP server in this process: messages go
// out once (even with two workers), with their attachment; with SMTP down
// registrations still succeed and every message is sent once SMTP is back;
// after the maximum number of tries a message is marked failed.
import net from "node:net";
import { afterEach, beforeAll, describe, expect, it } from "vitest";
import { registerAction } from "../../lib/actions/registration/register-for-bijeenkomst.ts";
import { MAX_ATTEMPTS, processOutbox } from "../../lib/outbox/process-outbox.ts";
import { freePort } from "../../scripts/db/free-port.ts";
import { createTestDatabase, type TestDatabase } from "../setup/database.ts";
import { startSmtp, transportTo } from "../setup/smtp.ts";

let db: TestDatabase;
let bijeenkomstId: string;
let buurtId: string;
const servers: { close: () => Promise<void> }[] = [];

async function smtp(port: number) {
  const server = await startSmtp(port);
  servers.push(server);
  return server;
}

beforeAll(async () => {
  db = await createTestDatabase("demo");
  await db.prisma.outboxMessage.deleteMany(); // the demo's history is not this test's business
  const buurt = await db.prisma.buurt.findFirstOrThrow();
  buurtId = buurt.id;
  bijeenkomstId = (
    await db.prisma.bijeenkomst.create({
      data: {
        kind: "STADSDEELAVOND",
        title: "Outbox-test",
        stadsdeelId: buurt.stadsdeelId,
        startsAt: new Date(Date.now() + 5 * 86_400_000),
        endsAt: new Date(Date.now() + 5 * 86_400_000 + 9e6),
        locationName: "Buurthuis",
        address: "Straat 1",
        capacity: 100,
      },
    })
  ).id;
});

afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => s.close()));
});

async function register(i: number) {
  const r = await registerAction.run(
    { bijeenkomstId, name: `Mailtest ${i}`, email: `mailtest${i}@voorbeeld.nl`, buurtId, partySize: "1", consent: "on" },
    db.prisma,
    `5.5.5.${i}`,
  );
  expect(r.ok).toBe(true);
}

describe("outbox worker", () => {
  it("sends each message once with two workers running, with the .ics attached and the manage link", async () => {
    for (let i = 1; i <= 12; i++) await register(i);
    const port = await freePort();
    const { received } = await smtp(port);
    const [a, b] = await Promise.all([processOutbox(db.prisma, transportTo(port), 5), processOutbox(db.prisma, transportTo(port), 5)]);
    let more = await processOutbox(db.prisma, transportTo(port));
    while (more.sent) more = await processOutbox(db.prisma, transportTo(port));
    expect(a.sent + b.sent).toBe(10);
    expect(received).toHaveLength(12);
    expect(new Set(received.map((m) => (m.to as { text: string }).text)).size).toBe(12);
    const one = received.find((m) => (m.to as { text: string }).text === "mailtest3@voorbeeld.nl")!;
    expect(one.subject).toBe("Bevestiging: Outbox-test");
    expect(one.text).toMatch(/\/mijn\/[\w-]{40,}/);
    expect(one.text).toContain("Gemeente Maastricht — Stadsdeelportaal"); // the placeholders filled in at sending
    expect(`${one.text}${one.html}`).not.toContain("[[gemeente");
    expect(one.attachments[0].filename).toBe("bijeenkomst.ics");
    expect(one.attachments[0].content.toString()).toContain("BEGIN:VEVENT");
    expect(await db.prisma.outboxMessage.count({ where: { status: "SENT" } })).toBe(12);
  });

  it("with SMTP down registrations succeed, and every message goes out once SMTP is back", async () => {
    const port = await freePort(); // nothing listens here yet
    for (let i = 20; i < 25; i++) await register(i);
    const down = await processOutbox(db.prisma, transportTo(port));
    expect(down).toEqual({ sent: 0, failed: 0, retried: 5 });
    const waiting = await db.prisma.outboxMessage.findMany({ where: { status: "PENDING" } });
    expect(waiting).toHaveLength(5);
    expect(waiting.every((m) => m.attempts === 1 && m.sendAfter > new Date() && m.lastError)).toBe(true);
    const { received } = await smtp(port);
    await db.prisma.outboxMessage.updateMany({ where: { status: "PENDING" }, data: { sendAfter: new Date() } }); // the back-off has passed
    const back = await processOutbox(db.prisma, transportTo(port));
    expect(back.sent).toBe(5);
    expect(await processOutbox(db.prisma, transportTo(port))).toEqual({ sent: 0, failed: 0, retried: 0 });
    expect(received.map((m) => (m.to as { text: string }).text).sort()).toEqual([20, 21, 22, 23, 24].map((i) => `mailtest${i}@voorbeeld.nl`));
  });

  it("marks a message failed after the maximum number of tries", async () => {
    const port = await freePort();
    const blocker = net.createServer((s) => s.destroy()); // accepts and hangs up: a broken mail server
    await new Promise<void>((r) => blocker.listen(port, "127.0.0.1", r));
    try {
      await register(40);
      for (let i = 0; i < MAX_ATTEMPTS; i++) {
        await db.prisma.outboxMessage.updateMany({ where: { status: "PENDING" }, data: { sendAfter: new Date() } });
        await processOutbox(db.prisma, transportTo(port));
      }
      const m = await db.prisma.outboxMessage.findFirstOrThrow({ where: { toEmail: "mailtest40@voorbeeld.nl" } });
      expect([m.status, m.attempts]).toEqual(["FAILED", MAX_ATTEMPTS]);
    } finally {
      await new Promise((r) => blocker.close(r));
    }
  });
});
