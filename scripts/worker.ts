// The background worker, started with the app by `npm start` (or on its own:
// `node scripts/worker.ts`). It sends the outbox by SMTP when SMTP_URL is
// set (polling every OUTBOX_POLL_MS), and runs the scheduled jobs through
// pg-boss (PostgreSQL job queue; one run per schedule however many workers):
// reminders and evaluation invitations every 15 minutes, the verslag
// deadline reminder to regisseurs daily at 8:00, the overleggen's jobs
// (sessies planned a year ahead at 3:15, the acties digest on working days
// at 7:00, sessie agendas at 7:30), retention daily, the derived indicators
// of the stadsdeelanalyse nightly at 3:45, and the
// dashboard's rollups every minute (only what changed; and at start),
// and the pull of meldingen from Signalen every 5 minutes (when configured);
// meldingen pushed to Signalen go out from the integration outbox each tick.
// Without SMTP_URL nothing is sent: staff read the outbox in the portal.
import nodemailer from "nodemailer";
import { PgBoss } from "pg-boss";
import { applyRetention } from "../lib/jobs/apply-retention.ts";
import { deriveIndicators } from "../lib/indicators/derive.ts";
import { planSessies, queueActieDigests, queueSessieAgendas } from "../lib/jobs/overleg-jobs.ts";
import { refreshDashboardRollups, refreshDashboardRollupsIfStale } from "../lib/jobs/refresh-dashboard-rollups.ts";
import { pullSignals } from "../lib/signalen/pull-signals.ts";
import { queueEvaluationInvitations, queueReminders, queueVerslagReminders } from "../lib/jobs/schedule-mails.ts";
import { processOutbox } from "../lib/outbox/process-outbox.ts";
import { processIntegrationOutbox } from "../lib/signalen/push-signals.ts";
import { createPrismaClient } from "../lib/prisma-client.ts";

const url = process.env.DATABASE_URL;
if (!url) {
  console.error("[worker] DATABASE_URL is not set");
  process.exit(1);
}
const log = (m: string) => console.log(`[worker] ${m}`);
const prisma = createPrismaClient(url, { max: 3 });
const transport = process.env.SMTP_URL ? nodemailer.createTransport(process.env.SMTP_URL) : null;
const boss = new PgBoss({ connectionString: url, schema: "pgboss", max: 3 });
boss.on("error", (e) => console.error("[worker] pg-boss:", e.message));

/** Each job returns what its log line says: a count, or for the rollups how long the refresh took. */
const jobs: Record<string, () => Promise<number | string>> = {
  "mail-reminders": () => queueReminders(prisma),
  "mail-evaluations": () => queueEvaluationInvitations(prisma),
  "mail-verslag-reminders": () => queueVerslagReminders(prisma),
  "overleg-sessies": () => planSessies(prisma),
  "mail-actie-digests": () => queueActieDigests(prisma),
  "mail-sessie-agendas": () => queueSessieAgendas(prisma),
  retention: async () => {
    const r = await applyRetention(prisma);
    return `${r.erased} residents erased, ${r.mailsRedacted} mails redacted, ${r.rateLimits} rate-limit counters and ${r.links} links removed`;
  },
  "indicators-derive": async () => `${await deriveIndicators(prisma)} values`,
  "dashboard-rollups": async () => {
    const t = performance.now();
    await refreshDashboardRollups(prisma);
    return `refreshed in ${Math.round(performance.now() - t)} ms`;
  },
  "signalen-pull": async () => {
    const r = await pullSignals(prisma, { maxPages: 2000 }); // at most 200,000 signals a run; a backfill goes on in the next
    return r
      ? `${r.status}: ${r.pages} pages, ${r.imported} meldingen, ${r.waiting} waiting for a category, ${r.outside} outside the gemeente${r.backfillAt ? `, backfill at ${r.backfillAt.toISOString()}` : ""}${r.error ? ` — ${r.error}` : ""}`
      : "no meldingen source configured";
  },
};

await boss.start();
for (const [name, cron] of [
  ["mail-reminders", "*/15 * * * *"],
  ["mail-evaluations", "*/15 * * * *"],
  ["mail-verslag-reminders", "0 8 * * *"],
  ["overleg-sessies", "15 3 * * *"],
  ["mail-actie-digests", "0 7 * * 1-5"],
  ["mail-sessie-agendas", "30 7 * * *"],
  ["retention", "30 3 * * *"],
  ["indicators-derive", "45 3 * * *"],
  ["dashboard-rollups", "* * * * *"],
  ["signalen-pull", "*/5 * * * *"],
] as const) {
  await boss.createQueue(name).catch(() => {});
  await boss.schedule(name, cron, null, { tz: "Europe/Amsterdam" });
  await boss.work(name, async () => {
    const n = await jobs[name]();
    log(`${name}: ${n}`);
  });
}
const t = performance.now();
void refreshDashboardRollupsIfStale(prisma).then(
  (at) => log(at ? `dashboard-rollups: refreshed in ${Math.round(performance.now() - t)} ms` : "dashboard-rollups: refreshed less than a minute ago"),
  (e: Error) => console.error("[worker] dashboard-rollups:", e.message),
);
log(transport ? "sending the outbox via SMTP" : "SMTP_URL not set: the outbox is kept for staff, nothing is sent");

let stopping = false;
let timer: NodeJS.Timeout | null = null;
async function tick() {
  if (stopping) return;
  // the heartbeat GET /api/health reports
  await prisma.workerHeartbeat
    .upsert({ where: { id: "worker" }, create: { id: "worker", beatAt: new Date() }, update: { beatAt: new Date() } })
    .catch(() => {});
  try {
    if (transport) {
      const r = await processOutbox(prisma, transport);
      if (r.sent || r.failed || r.retried) log(`outbox: ${r.sent} sent, ${r.retried} to retry, ${r.failed} failed`);
    }
  } catch (error) {
    console.error("[worker] outbox:", (error as Error).message);
  }
  try {
    const p = await processIntegrationOutbox(prisma);
    if (p.sent || p.failed || p.retried) log(`signalen push: ${p.sent} sent, ${p.retried} to retry, ${p.failed} failed`);
  } catch (error) {
    console.error("[worker] signalen push:", (error as Error).message);
  }
  timer = setTimeout(tick, Number(process.env.OUTBOX_POLL_MS ?? 2000));
}
void tick();

async function stop() {
  if (stopping) return;
  stopping = true;
  if (timer) clearTimeout(timer);
  await boss.stop({ graceful: true, timeout: 5000 }).catch(() => {});
  await prisma.$disconnect();
  process.exit(0);
}
process.on("SIGTERM", () => void stop());
process.on("SIGINT", () => void stop());
