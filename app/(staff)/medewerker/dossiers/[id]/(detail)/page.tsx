// One dossier: what it is about, who is involved, where it stands (the
// status way with its dates), what it links to, and its acties — with the
// next step for the regisseur and "gereed" for each actie's owner.
import type { Metadata } from "next";
import Link from "next/link";
import { ActieForm } from "@/components/forms/actie-forms";
import { DossierStatusForm } from "@/components/forms/dossier-forms";
import { DossierActies } from "@/components/dossier-acties";
import { createActie } from "@/lib/actions/dossier/create-actie";
import { changeDossierStatus } from "@/lib/actions/dossier/change-dossier-status";
import { requireUser } from "@/lib/auth/current-user";
import { canManageStadsdeel } from "@/lib/auth/permissions";
import { orRefuse } from "@/lib/auth/refuse";
import { getDossier } from "@/lib/data/dossiers/get-dossier";
import { listActieOwners } from "@/lib/data/dossiers/list-dossier-choices";
import { dossierStatusLabels, formatDate, meldingStatusLabels, organisationKindLabels } from "@/lib/format";
import { dossierStatuses } from "@/lib/validation/dossier";
import { todayKey } from "@/lib/datetime";

export const metadata: Metadata = { title: "Dossier" };

const dates = [
  ["AANGEMELD", "aangemeldAt"],
  ["IN_BESPREKING", "inBesprekingAt"],
  ["DUIDELIJKHEID", "duidelijkheidAt"],
  ["IN_UITVOERING", "inUitvoeringAt"],
  ["AFGESLOTEN", "afgeslotenAt"],
] as const;

export default async function DossierPage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requireUser();
  const d = await orRefuse(getDossier(user, (await params).id));
  const manage = canManageStadsdeel(user, d.stadsdeel.id);
  // a partner reads what is linked, but the inbreng, melding and agenda pages are the gemeente's
  const open = (href: string, text: string) => (user.role === "PARTNER" ? text : <Link href={href}>{text}</Link>);
  const owners = manage && d.status !== "AFGESLOTEN" ? await listActieOwners(user) : null;
  const next = dossierStatuses.slice(dossierStatuses.indexOf(d.status) + 1);
  return (
    <div className="max-w-4xl space-y-6">
      <p>
        <Link href="/medewerker/dossiers">← Dossiers</Link>
      </p>
      <h1 className="text-3xl font-bold">Dossier: {d.title}</h1>
      <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-1">
        <dt className="font-semibold">Stadsdeel</dt>
        <dd>{d.stadsdeel.name}</dd>
        <dt className="font-semibold">Status</dt>
        <dd data-testid="dossier-status">{dossierStatusLabels[d.status]}</dd>
        <dt className="font-semibold">Eigenaar</dt>
        <dd>{d.owner.name}</dd>
        <dt className="font-semibold">Afdelingen</dt>
        <dd>{d.departments.map((x) => x.department.name).join(", ") || "—"}</dd>
        <dt className="font-semibold">Partners</dt>
        <dd>{d.organisations.map((x) => `${x.organisation.name} (${organisationKindLabels[x.organisation.kind]})`).join(", ") || "—"}</dd>
      </dl>
      {d.description && <p className="whitespace-pre-line">{d.description}</p>}
      <section aria-labelledby="verloop-kop">
        <h2 id="verloop-kop" className="text-xl font-semibold">
          Verloop
        </h2>
        <ol className="mt-2 flex flex-wrap gap-x-6 gap-y-1">
          {dates.map(([s, k]) => (
            <li key={s} aria-current={d.status === s ? "step" : undefined} className={d.status === s ? "font-semibold" : undefined}>
              {dossierStatusLabels[s]}: {d[k] ? formatDate(d[k]) : "nog niet"}
            </li>
          ))}
        </ol>
        {d.clarity && (
          <p className="mt-2 rounded border-l-4 border-brand bg-gray-50 p-3" data-testid="duidelijkheid">
            <strong>Duidelijkheid:</strong> {d.clarity}
          </p>
        )}
      </section>
      {(d.inbreng.length > 0 || d.meldingen.length > 0 || d.agendaItems.length > 0) && (
        <section aria-labelledby="koppelingen-kop">
          <h2 id="koppelingen-kop" className="text-xl font-semibold">
            Gekoppeld
          </h2>
          <ul className="mt-2 list-disc space-y-1 pl-6">
            {d.inbreng.map(({ inbreng: i }) => (
              <li key={i.id}>
                Inbreng uit {i.bijeenkomst.title}: {open(`/medewerker/inbreng/${i.id}`, i.text)}
                {i.publicAnswer ? " (heeft een openbaar antwoord)" : ""}
              </li>
            ))}
            {d.meldingen.map(({ melding: m }) => (
              <li key={m.id}>
                Melding: {open(`/medewerker/meldingen/${m.id}`, m.description)} ({meldingStatusLabels[m.status].toLowerCase()}
                {m.externalReference ? `, ${m.externalReference}` : ""})
              </li>
            ))}
            {d.agendaItems.map(({ agendaItem: a }) => (
              <li key={a.id}>Agendapunt: {open(`/medewerker/agenda/${a.id}`, a.title)}</li>
            ))}
          </ul>
        </section>
      )}
      <DossierActies acties={d.acties} user={user} manage={manage} />
      {owners && <ActieForm action={createActie} for={{ dossierId: d.id }} owners={owners} today={todayKey()} />}
      {manage && next.length > 0 && (
        <section aria-labelledby="stap-kop" className="space-y-3">
          <h2 id="stap-kop" className="text-xl font-semibold">
            Volgende stap
          </h2>
          <DossierStatusForm action={changeDossierStatus} dossierId={d.id} next={next} clarity={d.clarity ?? ""} linkedInbreng={d.inbreng.length} />
        </section>
      )}
    </div>
  );
}
