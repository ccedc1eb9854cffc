// The outbox for staff: every e-mail the portal writes, pending, sent or
// failed, with retry for failed ones. Without SMTP this is where mail can
// be read. Shows e-mail addresses of residents of every stadsdeel, so it is
// for the beheerder only (refused in listOutbox), viewing is audited, and
// the codes of residents' links are masked.
import type { Metadata } from "next";
import Link from "next/link";
import { RetryOutboxButton } from "@/components/forms/retry-outbox-button";
import { retryOutboxMessage } from "@/lib/actions/outbox/retry-outbox-message";
import { requireUser } from "@/lib/auth/current-user";
import { orRefuse } from "@/lib/auth/refuse";
import { listOutbox } from "@/lib/data/outbox/list-outbox";
import { TableHead } from "@/components/table-head";
import { ScrollTable } from "@/components/scroll-table";

export const metadata: Metadata = { title: "Uitgaande e-mail" };

const labels: Record<string, string> = { PENDING: "Wacht", SENDING: "Wordt verstuurd", SENT: "Verstuurd", FAILED: "Mislukt" };

export default async function OutboxPage({ searchParams }: { searchParams: Promise<{ status?: string }> }) {
  const user = await requireUser(["BEHEERDER"]);
  const { status } = await searchParams;
  const { counts, messages } = await orRefuse(listOutbox(user, status && status in labels ? (status as "PENDING") : undefined));
  return (
    <div className="space-y-4">
      <h1 className="text-3xl font-bold">Uitgaande e-mail</h1>
      <p>{process.env.SMTP_URL ? "E-mail wordt verstuurd via SMTP." : "Er is geen SMTP-server ingesteld (SMTP_URL): berichten worden niet verstuurd en zijn hier te lezen."}</p>
      <nav aria-label="Filter op status">
        <ul className="flex flex-wrap gap-4">
          <li><Link href="/medewerker/outbox">Alle</Link></li>
          {Object.entries(labels).map(([k, l]) => <li key={k}><Link href={`/medewerker/outbox?status=${k}`}>{l} ({counts.find((c) => c.status === k)?._count ?? 0})</Link></li>)}
        </ul>
      </nav>
      <ScrollTable label="Uitgaande e-mail">
      <table className="w-full border-collapse text-left">
          <TableHead columns={["Onderwerp", "Aan", "Status", "Pogingen", "Actie"]} />
          <tbody>
            {messages.map((m) => (
              <tr key={m.id} className="border-b border-gray-200 align-top">
                <td className="py-2 pr-3">{m.redacted ? <>{m.subject} <span className="block text-sm text-muted">Adres en inhoud verwijderd (bewaartermijn)</span></> : <details><summary>{m.subject}</summary><pre className="whitespace-pre-wrap text-sm">{m.text}</pre></details>}</td>
                <td className="py-2 pr-3">{m.toEmail || "—"}</td>
                <td className="py-2 pr-3">{labels[m.status]}{m.lastError ? <span className="block text-sm text-muted">{m.lastError}</span> : null}</td>
                <td className="py-2 pr-3">{m.attempts}</td>
                <td className="py-2">{m.status === "FAILED" ? <RetryOutboxButton action={retryOutboxMessage} messageId={m.id} /> : "—"}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollTable>
    </div>
  );
}
