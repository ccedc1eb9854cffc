// Setting a password through a one-time link (from `npm run admin:create`).
import type { Metadata } from "next";
import { SetPasswordForm } from "@/components/forms/staff-account-forms";
import { setPassword } from "@/lib/actions/beheer/set-password";
import { getSetPasswordLink } from "@/lib/data/staff/get-staff-link";

export const metadata: Metadata = { title: "Wachtwoord instellen", robots: { index: false } };

export default async function SetPasswordPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const account = await getSetPasswordLink(token);
  return (
    <div className="max-w-2xl space-y-4">
      <h1 className="text-3xl font-bold">Wachtwoord instellen</h1>
      {account ? (
        <>
          <p>
            Voor {account.name} ({account.email}). Deze link werkt één keer.
          </p>
          <SetPasswordForm action={setPassword} token={token} />
        </>
      ) : (
        <p>Deze link is verlopen of al gebruikt. Vraag de beheerder om een nieuwe.</p>
      )}
    </div>
  );
}
