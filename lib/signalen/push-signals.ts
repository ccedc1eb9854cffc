// Push: meldingen made from inbreng, sent to Signalen by the worker from the
// integration outbox (IntegrationMessage, written in the same transaction as
// the regisseur's "Doorzetten naar het meldingensysteem"). Claimed with
// UPDATE … FOR UPDATE SKIP LOCKED, so two workers never send one message;
// a failed send is retried with the mail outbox's back-off, a refused one
// (400: Signalen says the melding is wrong) is FAILED at once and shown on
// the melding. The body is built at sending time: text, the point (WGS84
// [lng, lat]), the Signalen sub category mapped to the melding's category,
// an empty reporter (the resident spoke at a meeting, nobody is to be
// mailed), the meeting's date and the configured source. Signalen's
// id_display ("SIG-123") becomes the melding's external reference; a copy
// the pull may have made in the meantime is removed.
import type { PrismaClient } from "../prisma-client.ts";
import { backoffMs, MAX_ATTEMPTS } from "../outbox/process-outbox.ts";
import { signalenFetch, signalenUrl, type SignalenSource } from "./signalen-request.ts";

export const PUSH_KIND = "signalen.push";

type Claimed = { id: string; meldingId: string; attempts: number };
export type PushReport = { sent: number; retried: number; failed: number };

async function body(prisma: PrismaClient, meldingId: string, source: SignalenSource) {
  const m = await prisma.melding.findUniqueOrThrow({
    where: { id: meldingId },
    select: { description: true, lat: true, lng: true, categoryId: true, inbreng: { select: { bijeenkomst: { select: { title: true, startsAt: true } } } } },
  });
  const category = await prisma.signalenCategory.findFirst({ where: { categoryId: m.categoryId }, orderBy: { path: "asc" }, select: { path: true } });
  if (!category) return { error: "De categorie van deze melding is niet (meer) aan een Signalen-categorie gekoppeld." };
  if (m.lat === null || m.lng === null) return { error: "Deze melding heeft geen plek; Signalen vraagt een punt." };
  const meeting = m.inbreng?.bijeenkomst;
  return {
    body: {
      text: m.description.slice(0, 3000),
      text_extra: meeting ? `Ingebracht op ${meeting.title} (Stadsdeelportaal)` : "Uit het Stadsdeelportaal",
      location: { geometrie: { type: "Point", coordinates: [m.lng, m.lat] } },
      category: { sub_category: category.path },
      reporter: { email: null, phone: null, sharing_allowed: false },
      incident_date_start: (meeting?.startsAt ?? new Date()).toISOString(),
      source: source.sourceName,
    },
  };
}

async function record(prisma: PrismaClient, message: Claimed, created: { id: unknown; id_display?: unknown; status?: { state?: unknown } }) {
  const externalId = String(created.id);
  await prisma.$transaction(async (tx) => {
    // a pull that ran between Signalen's answer and this commit imported it as a Signalen melding
    await tx.melding.deleteMany({ where: { origin: "SIGNALEN", externalId } });
    await tx.melding.update({
      where: { id: message.meldingId },
      data: {
        externalId,
        externalReference: typeof created.id_display === "string" ? created.id_display : `SIG-${externalId}`,
        externalState: typeof created.status?.state === "string" ? created.status.state : "m",
      },
    });
    await tx.integrationMessage.update({ where: { id: message.id }, data: { status: "SENT", sentAt: new Date(), lastError: null } });
  });
}

export async function processIntegrationOutbox(prisma: PrismaClient, batch = 10): Promise<PushReport> {
  const report: PushReport = { sent: 0, retried: 0, failed: 0 };
  await prisma.$executeRaw`UPDATE "IntegrationMessage" SET status = 'PENDING' WHERE status = 'SENDING' AND "sendAfter" < now() - interval '10 minutes'`;
  const claimed = await prisma.$queryRaw<Claimed[]>`
    UPDATE "IntegrationMessage" SET status = 'SENDING', attempts = attempts + 1, "sendAfter" = now()
    WHERE id IN (
      SELECT id FROM "IntegrationMessage" WHERE status = 'PENDING' AND "sendAfter" <= now() AND kind = ${PUSH_KIND}
      ORDER BY "createdAt" FOR UPDATE SKIP LOCKED LIMIT ${batch}
    )
    RETURNING id, "meldingId", attempts`;
  if (claimed.length === 0) return report;
  const source = await prisma.meldingSource.findUnique({ where: { id: "signalen" } });
  const fail = async (m: Claimed, error: string, final: boolean) => {
    const last = final || m.attempts >= MAX_ATTEMPTS;
    await prisma.integrationMessage.update({
      where: { id: m.id },
      data: last ? { status: "FAILED", lastError: error } : { status: "PENDING", lastError: error, sendAfter: new Date(Date.now() + backoffMs(m.attempts)) },
    });
    report[last ? "failed" : "retried"]++;
  };
  for (const m of claimed) {
    if (!source) {
      await fail(m, "Er is geen meldingensysteem ingesteld.", false);
      continue;
    }
    const built = await body(prisma, m.meldingId, source);
    if ("error" in built) {
      await fail(m, built.error!, true);
      continue;
    }
    let res: Response;
    try {
      res = await signalenFetch(source, signalenUrl(source, "/signals/v1/private/signals/"), { method: "POST", body: built.body });
    } catch (error) {
      await fail(m, `Signalen is niet bereikbaar (${(error as Error).message}); het portaal probeert het opnieuw.`, false);
      continue;
    }
    if (res.ok) {
      await record(prisma, m, (await res.json()) as { id: unknown });
      report.sent++;
    } else if (res.status === 400) {
      await fail(m, `Signalen weigert de melding: ${(await res.text()).slice(0, 300)}`, true);
    } else {
      await fail(m, `Signalen antwoordde met status ${res.status}; het portaal probeert het opnieuw.`, false);
    }
  }
  return report;
}
