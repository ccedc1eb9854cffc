// Says plainly when the portal runs on generated demo data.
import { isDemoData } from "@/lib/data/system/is-demo-data";

export async function DemoBanner() {
  if (!(await isDemoData())) return null;
  return (
    <div role="note" className="border-b border-amber-300 bg-amber-50">
      <p className="mx-auto max-w-6xl px-4 py-2 text-sm text-amber-950">
        <strong>Demo-omgeving:</strong> de gebieden zijn echt (CBS), maar alle bijeenkomsten, personen, inbreng en meldingen zijn verzonnen demogegevens.
      </p>
    </div>
  );
}
