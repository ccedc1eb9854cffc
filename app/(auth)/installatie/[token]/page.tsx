// First run: the one-time setup link `npm start` prints while no beheerder
// exists. Creates the first beheerder; gone once one is active.
import type { Metadata } from "next";
import Link from "next/link";
import { FirstBeheerderForm } from "@/components/forms/staff-account-forms";
import { createFirstBeheerder } from "@/lib/actions/beheer/create-first-beheerder";
import { getSetupLinkState } from "@/lib/data/staff/get-staff-link";

export const metadata: Metadata = { title: "Portaal in gebruik nemen", robots: { index: false } };

export default async function SetupPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const state = await getSetupLinkState(token);
  return (
    <div className="max-w-2xl space-y-4">
      <h1 className="text-3xl font-bold">Portaal in gebruik nemen</h1>
      {state === "ok" && (
        <>
          <p>Maak de eerste beheerder aan. Die nodigt daarna de collega&apos;s uit en richt het portaal in. Deze link werkt één keer.</p>
          <FirstBeheerderForm action={createFirstBeheerder} token={token} />
        </>
      )}
      {state === "done" && (
        <p>
          Er is al een beheerder. <Link href="/login">Log in</Link>, of vraag de beheerder om een uitnodiging.
        </p>
      )}
      {state === "invalid" && <p>Deze installatielink is verlopen of al gebruikt. Start het portaal opnieuw: dan staat er een nieuwe link in het venster.</p>}
    </div>
  );
}
