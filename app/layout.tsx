// Root layout: Dutch document, skip link, header with the municipality's
// name and navigation, footer with the accessibility and privacy pages.
import type { Metadata } from "next";
import type { ReactNode } from "react";
import { DemoBanner } from "@/components/demo-banner";
import { SiteFooter } from "@/components/site-footer";
import { SiteHeader } from "@/components/site-header";
import { getGemeente } from "@/lib/data/gemeente/get-gemeente";
import "./globals.css";

export async function generateMetadata(): Promise<Metadata> {
  const { name } = await getGemeente();
  return {
    title: { default: `Stadsdeelportaal — ${name}`, template: `%s — Stadsdeelportaal ${name}` },
    description: "Praat mee over uw stadsdeel: stadsdeelavonden, wat er met uw inbreng gebeurt en de stadsdeelagenda.",
  };
}

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="nl">
      <body className="flex min-h-screen flex-col">
        <a href="#inhoud" className="skip-link">
          Naar de inhoud
        </a>
        <SiteHeader />
        <DemoBanner />
        <main id="inhoud" className="mx-auto w-full max-w-6xl flex-1 px-4 py-6">
          {children}
        </main>
        <SiteFooter />
      </body>
    </html>
  );
}
