// "Mijn gegevens" without a link: ask for a new one by e-mail. The old
// manage links stop working; the answer never tells whether an address is known.
import type { Metadata } from "next";
import { NewLinkForm } from "@/components/forms/new-link-form";
import { requestNewLink } from "@/lib/actions/registration/request-new-link";

export const metadata: Metadata = { title: "Nieuwe link voor mijn gegevens", robots: { index: false } };

export default function NewLinkPage() {
  return (
    <div className="max-w-2xl space-y-4">
      <h1 className="text-3xl font-bold">Nieuwe link voor mijn gegevens</h1>
      <p>
        Met de link in onze e-mails bekijkt of wijzigt u uw aanmeldingen en gegevens. Kwijt, of bang dat iemand anders de link heeft? Vraag een nieuwe aan: we
        mailen die naar uw adres, en de oude links werken dan niet meer.
      </p>
      <NewLinkForm action={requestNewLink} />
    </div>
  );
}
