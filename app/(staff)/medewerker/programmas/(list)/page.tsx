// Stadsdeelprogramma's and gebiedsagenda's the user may read, with status
// and version, and for regisseurs and the beheerder a new programma.
import type { Metadata } from "next";
import Link from "next/link";
import { CreateProgrammaForm } from "@/components/forms/programma-forms";
import { ScrollTable } from "@/components/scroll-table";
import { TableHead } from "@/components/table-head";
import { createProgramma } from "@/lib/actions/programma/create-programma";
import { requireUser } from "@/lib/auth/current-user";
import { orRefuse } from "@/lib/auth/refuse";
import { listProgrammas } from "@/lib/data/programma/list-programmas";
import { programmaStatusLabels } from "@/lib/format";

export const metadata: Metadata = { title: "Programma's" };

export default async function ProgrammasPage() {
  const user = await requireUser();
  const { programmas, stadsdelen } = await orRefuse(listProgrammas(user));
  return (
    <div className="space-y-8">
      <h1 className="text-3xl font-bold">Stadsdeelprogramma&apos;s en gebiedsagenda&apos;s</h1>
      <p className="max-w-3xl">
        Een programma beschrijft voor vier jaar de opgaven van een stadsdeel, waarom, en wat we willen bereiken. Het plan van elk jaar bestaat uit de
        agendapunten die aan de doelen werken; de monitor zegt of we op koers zijn.
      </p>
      <p>
        <Link href="/medewerker/focusgebieden">Focusgebieden: buurten met een eigen aanpak en gebiedsagenda</Link>
      </p>
      {programmas.length === 0 ? (
        <p>Er zijn nog geen programma&apos;s.</p>
      ) : (
        <ScrollTable label="Programma's">
          <table className="w-full border-collapse text-left">
            <TableHead columns={["Programma", "Stadsdeel", "Periode", "Status", { label: "Opgaven", right: true }]} />
            <tbody>
              {programmas.map((p) => (
                <tr key={p.id} className="border-b border-gray-200">
                  <td className="py-2 pr-3">
                    <Link href={`/medewerker/programmas/${p.id}`}>{p.title}</Link>
                    {p.version > 1 ? ` (versie ${p.version})` : ""}
                    {p.focusgebied ? ` — gebiedsagenda ${p.focusgebied.name}` : ""}
                  </td>
                  <td className="py-2 pr-3">{p.stadsdeel.name}</td>
                  <td className="py-2 pr-3">
                    {p.startYear}–{p.endYear}
                  </td>
                  <td className="py-2 pr-3">
                    {programmaStatusLabels[p.status]}
                    {p.besluitKenmerk ? ` (${p.besluitKenmerk})` : ""}
                  </td>
                  <td className="py-2 text-right">{p._count.opgaven}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollTable>
      )}
      {stadsdelen.length > 0 && (
        <section aria-labelledby="nieuw-kop" className="space-y-3">
          <h2 id="nieuw-kop" className="text-xl font-semibold">
            Nieuw programma
          </h2>
          <CreateProgrammaForm action={createProgramma} stadsdelen={stadsdelen} />
        </section>
      )}
    </div>
  );
}
