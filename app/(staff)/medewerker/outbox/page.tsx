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
import { listOutbox, OUTBOX_PAGE_SIZE } from "@/lib/data/outbox/list-outbox";
import { TableHead } from "@/components/table-head";
import { ScrollTable } from "@/components/scroll-table";

export const metadata: Metadata = { title: "Uitgaande e-mail" };

const labels: Record<string, string> = { PENDING: "Wacht", SENDING: "Wordt verstuurd", SENT: "Verstuurd", FAILED: "Mislukt" };

export default async function OutboxPage({ searchParams }: { searchParams: Promise<{ status?: string; q?: string; pagina?: string }> }) {
  const user = await requireUser(["BEHEERDER"]);
  const { status: rawStatus, q = "", pagina } = await searchParams;
  const status = rawStatus && rawStatus in labels ? (rawStatus as "PENDING") : undefined;
  const { counts, messages, total, page } = await orRefuse(listOutbox(user, { status, q, page: Number(pagina) || 1 }));
  const pages = Math.max(1, Math.ceil(total / OUTBOX_PAGE_SIZE));
  const link = (p: number) => `?${new URLSearchParams({ ...(status ? { status } : {}), ...(q ? { q } : {}), pagina: String(p) }).toString()}`;
  return (
    <div className="space-y-4">
      <h1 className="text-3xl font-bold">Uitgaande e-mail</h1>
      <p>
        {process.env.SMTP_URL
          ? "E-mail wordt verstuurd via SMTP."
          : "Er is geen SMTP-server ingesteld (SMTP_URL): berichten worden niet verstuurd en zijn hier te lezen."}
      </p>
      <nav aria-label="Filter op status">
        <ul className="flex flex-wrap gap-4">
          <li>
            <Link href="/medewerker/outbox">Alle</Link>
          </li>
          {Object.entries(labels).map(([k, l]) => (
            <li key={k}>
              <Link href={`/medewerker/outbox?status=${k}`} aria-current={status === k ? "true" : undefined}>
                {l} ({counts.find((c) => c.status === k)?._count ?? 0})
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      <form method="get" role="search" className="flex flex-wrap items-end gap-3">
        {status && <input type="hidden" name="status" value={status} />}
        <div>
          <label htmlFor="q" className="block font-semibold">
            Zoek op e-mailadres of onderwerp
          </label>
          <input id="q" name="q" type="search" defaultValue={q} className="mt-1 rounded border border-gray-500 px-3 py-2" />
        </div>
        <button type="submit" className="rounded bg-brand px-4 py-2 font-semibold text-white">
          Zoeken
        </button>
      </form>
      <p role="status">
        {total} berichten{q ? ` met "${q}"` : ""}
        {pages > 1 ? `, pagina ${page} van ${pages}` : ""}.
      </p>
      <ScrollTable label="Uitgaande e-mail">
        <table className="w-full border-collapse text-left">
          <TableHead columns={["Onderwerp", "Aan", "Status", "Pogingen", "Actie"]} />
          <tbody>
            {messages.map((m) => (
              <tr key={m.id} className="border-b border-gray-200 align-top">
                <td className="py-2 pr-3">
                  {m.redacted ? (
                    <>
                      {m.subject} <span className="block text-sm text-muted">Adres en inhoud verwijderd (bewaartermijn)</span>
                    </>
                  ) : (
                    <details>
                      <summary>{m.subject}</summary>
                      <pre className="whitespace-pre-wrap text-sm">{m.text}</pre>
                    </details>
                  )}
                </td>
                <td className="py-2 pr-3">{m.toEmail || "—"}</td>
                <td className="py-2 pr-3">
                  {labels[m.status]}
                  {m.lastError ? <span className="block text-sm text-muted">{m.lastError}</span> : null}
                </td>
                <td className="py-2 pr-3">{m.attempts}</td>
                <td className="py-2">{m.status === "FAILED" ? <RetryOutboxButton action={retryOutboxMessage} messageId={m.id} /> : "—"}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollTable>
      {pages > 1 && (
        <nav aria-label="Paginering" className="flex gap-4">
          {page > 1 && <Link href={link(page - 1)}>← Vorige pagina</Link>}
          {page < pages && <Link href={link(page + 1)}>Volgende pagina →</Link>}
        </nav>
      )}
    </div>
  );
}
