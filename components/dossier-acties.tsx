// A dossier's acties as a table: what, who, by when (overdue marked in
// words), status — and for the owner or the regisseur a status form.
import { ActieStatusForm } from "@/components/forms/actie-forms";
import { ScrollTable } from "@/components/scroll-table";
import { TableHead } from "@/components/table-head";
import { updateActie } from "@/lib/actions/dossier/update-actie";
import { ownsActie, type SessionUser } from "@/lib/auth/permissions";
import { actieStatusLabels, formatDate } from "@/lib/format";
import { isPastDue, todayKey } from "@/lib/datetime";

type Actie = {
  id: string;
  description: string;
  dueOn: Date;
  status: string;
  note: string | null;
  ownerUser: { id: string; name: string } | null;
  ownerOrganisation: { id: string; name: string } | null;
};

export function DossierActies({ acties, user, manage }: { acties: Actie[]; user: SessionUser; manage: boolean }) {
  const today = todayKey();
  const owns = (a: Actie) => ownsActie(user, { ownerUserId: a.ownerUser?.id ?? null, ownerOrganisationId: a.ownerOrganisation?.id ?? null });
  const column = manage || acties.some(owns);
  return (
    <section aria-labelledby="acties-kop" className="space-y-2">
      <h2 id="acties-kop" className="text-xl font-semibold">
        Acties
      </h2>
      {acties.length === 0 ? (
        <p>Nog geen acties.</p>
      ) : (
        <ScrollTable label="Acties">
          <table className="w-full border-collapse text-left">
            <TableHead columns={["Actie", "Wie", "Uiterlijk", "Status", ...(column ? ["Wijzigen"] : [])]} />
            <tbody>
              {acties.map((a) => {
                const late = a.status === "OPEN" && isPastDue(a.dueOn, today);
                const mayChange = manage || owns(a);
                return (
                  <tr key={a.id} className="border-b border-gray-200 align-top">
                    <td className="py-2 pr-3">
                      {a.description}
                      {a.note && <span className="block text-sm text-muted">{a.note}</span>}
                    </td>
                    <td className="py-2 pr-3">{a.ownerUser?.name ?? a.ownerOrganisation?.name}</td>
                    <td className="py-2 pr-3">
                      {formatDate(a.dueOn)}
                      {late && <strong className="block text-accent">te laat</strong>}
                    </td>
                    <td className="py-2 pr-3">{actieStatusLabels[a.status]}</td>
                    {column && (
                      <td className="py-2">{mayChange && <ActieStatusForm action={updateActie} actieId={a.id} status={a.status} label={a.description} />}</td>
                    )}
                  </tr>
                );
              })}
            </tbody>
          </table>
        </ScrollTable>
      )}
    </section>
  );
}
