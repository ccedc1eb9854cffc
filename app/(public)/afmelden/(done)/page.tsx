// The page after a one-click unsubscribe.
import type { Metadata } from "next";

export const metadata: Metadata = { title: "Afgemeld", robots: { index: false } };

export default async function UnsubscribedPage({ searchParams }: { searchParams: Promise<{ status?: string }> }) {
  const { status } = await searchParams;
  return (
    <div className="max-w-2xl space-y-3">
      <h1 className="text-3xl font-bold">{status === "afgemeld" ? "U bent afgemeld" : "Afmelden is niet gelukt"}</h1>
      <p>
        {status === "afgemeld"
          ? "U krijgt geen uitnodigingen meer voor nieuwe bijeenkomsten. Berichten over bijeenkomsten waarvoor u zelf bent aangemeld krijgt u nog wel; daarvoor kunt u zich afmelden via de link in die e-mail."
          : "De link is verlopen of ongeldig. Neem contact op met de gemeente als u geen e-mail meer wilt ontvangen."}
      </p>
    </div>
  );
}
