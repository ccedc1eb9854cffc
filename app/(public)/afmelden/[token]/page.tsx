// The unsubscribe link in every mail opens this page: one button (a POST)
// stops the invitations. Opening the link alone changes nothing, so mail
// scanners that follow links unsubscribe nobody.
import type { Metadata } from "next";
import { UnsubscribeForm } from "@/components/forms/unsubscribe-form";
import { unsubscribe } from "@/lib/actions/registration/unsubscribe";

export const metadata: Metadata = { title: "Afmelden voor uitnodigingen", robots: { index: false } };

export default async function UnsubscribePage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  return (
    <div className="max-w-2xl space-y-4">
      <h1 className="text-3xl font-bold">Afmelden voor uitnodigingen</h1>
      <p>
        Wilt u geen uitnodigingen meer voor nieuwe bijeenkomsten in uw stadsdeel? Kies dan de knop hieronder. Berichten over bijeenkomsten waarvoor u zelf bent
        aangemeld krijgt u nog wel; daarvoor kunt u zich afmelden via de link in die e-mail.
      </p>
      <UnsubscribeForm action={unsubscribe} token={token} />
    </div>
  );
}
