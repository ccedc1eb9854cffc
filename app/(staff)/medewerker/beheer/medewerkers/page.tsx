// Beheer: every staff account with role, scope, status and last login, and
// inviting a colleague (beheerder only; refused in the data functions too).
import type { Metadata } from "next";
import Link from "next/link";
import { InviteStaffForm } from "@/components/forms/staff-forms";
import { TableHead } from "@/components/table-head";
import { inviteStaff } from "@/lib/actions/beheer/invite-staff";
import { requireUser } from "@/lib/auth/current-user";
import { roleLabels } from "@/lib/auth/permissions";
import { orRefuse } from "@/lib/auth/refuse";
import { listStaff, staffFormOptions } from "@/lib/data/beheer/list-staff";
import { formatDate } from "@/lib/format";
import { ScrollTable } from "@/components/scroll-table";

export const metadata: Metadata = { title: "Medewerkers" };

export default async function StaffListPage() {
  const user = await requireUser();
  const [staff, options] = await orRefuse(Promise.all([listStaff(user), staffFormOptions(user)]));
  return (
    <div className="space-y-8">
      <h1 className="text-3xl font-bold">Medewerkers</h1>
      <section aria-labelledby="lijst-kop" className="space-y-2">
        <h2 id="lijst-kop" className="text-xl font-semibold">
          Accounts ({staff.length})
        </h2>
        <div className="overflow-x-auto" role="region" aria-labelledby="lijst-kop" tabIndex={0}>
          <ScrollTable label="Accounts">
            <table className="w-full border-collapse text-left">
              <TableHead columns={["Naam", "Rol", "Werkgebied", "Status", "Laatst ingelogd"]} />
              <tbody>
                {staff.map((u) => (
                  <tr key={u.id} className="border-b border-gray-200 align-top">
                    <td className="py-2 pr-3">
                      <Link href={`/medewerker/beheer/medewerkers/${u.id}`}>{u.name}</Link>
                      <span className="block text-sm text-muted">{u.email}</span>
                    </td>
                    <td className="py-2 pr-3">{roleLabels[u.role]}</td>
                    <td className="py-2 pr-3">
                      {u.stadsdelen.map((s) => s.stadsdeel.name).join(", ") || u.department?.name || u.wethouderStadsdeel?.name || u.organisation?.name || "—"}
                    </td>
                    <td className="py-2 pr-3">{!u.active ? "Gedeactiveerd" : u.canSignIn ? "Actief" : "Uitgenodigd"}</td>
                    <td className="py-2">{u.lastLoginAt ? formatDate(u.lastLoginAt) : "nog niet"}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </ScrollTable>
        </div>
      </section>
      <section aria-labelledby="uitnodigen-kop" className="space-y-2">
        <h2 id="uitnodigen-kop" className="text-xl font-semibold">
          Medewerker uitnodigen
        </h2>
        <p>De collega krijgt een e-mail met een link om een wachtwoord te kiezen (zeven dagen geldig, één keer).</p>
        <InviteStaffForm action={inviteStaff} choices={options} />
      </section>
    </div>
  );
}
