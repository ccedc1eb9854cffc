// Beheer: one staff account — role and scope, deactivate or reactivate
// (their sessions end at the next request), a new password link.
import type { Metadata } from "next";
import Link from "next/link";
import { PasswordLinkForm, StaffActiveForm, UpdateStaffForm } from "@/components/forms/staff-forms";
import { sendPasswordLink } from "@/lib/actions/beheer/send-password-link";
import { setStaffActive } from "@/lib/actions/beheer/set-staff-active";
import { updateStaff } from "@/lib/actions/beheer/update-staff";
import { requireUser } from "@/lib/auth/current-user";
import { roleLabels } from "@/lib/auth/permissions";
import { orRefuse } from "@/lib/auth/refuse";
import { getStaffMember, staffFormOptions } from "@/lib/data/beheer/list-staff";

export const metadata: Metadata = { title: "Medewerker" };

export default async function StaffMemberPage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requireUser();
  const { id } = await params;
  const [u, options] = await orRefuse(Promise.all([getStaffMember(user, id), staffFormOptions(user)]));
  return (
    <div className="max-w-3xl space-y-8">
      <p>
        <Link href="/medewerker/beheer/medewerkers">← Medewerkers</Link>
      </p>
      <h1 className="text-3xl font-bold">{u.name}</h1>
      <p>
        {u.email} · {roleLabels[u.role]} · {!u.active ? "gedeactiveerd" : u.canSignIn ? "actief" : "uitgenodigd, nog geen wachtwoord"}
      </p>
      <section aria-labelledby="rol-kop" className="space-y-2">
        <h2 id="rol-kop" className="text-xl font-semibold">
          Rol en werkgebied
        </h2>
        <UpdateStaffForm
          action={updateStaff}
          userId={u.id}
          choices={options}
          initial={{
            role: u.role,
            stadsdeelIds: u.stadsdelen.map((s) => s.stadsdeel.id),
            departmentId: u.department?.id ?? "",
            wethouderStadsdeelId: u.wethouderStadsdeel?.id ?? "",
            organisationId: u.organisation?.id ?? "",
          }}
        />
      </section>
      <section aria-labelledby="toegang-kop" className="space-y-2">
        <h2 id="toegang-kop" className="text-xl font-semibold">
          Toegang
        </h2>
        <StaffActiveForm action={setStaffActive} userId={u.id} active={u.active} name={u.name} />
        {u.active && <PasswordLinkForm action={sendPasswordLink} userId={u.id} />}
      </section>
    </div>
  );
}
