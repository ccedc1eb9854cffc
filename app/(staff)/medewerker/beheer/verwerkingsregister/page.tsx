// The verwerkingsregister (AVG art. 30) for the beheerder and the privacy
// officer: every category of personal data the portal holds, generated from
// the markers in the database schema, so it cannot drift from the code.
import type { Metadata } from "next";
import { requireUser } from "@/lib/auth/current-user";
import { orRefuse } from "@/lib/auth/refuse";
import { getProcessingRegister } from "@/lib/data/privacy/get-processing-register";

export const metadata: Metadata = { title: "Verwerkingsregister" };

export default async function ProcessingRegisterPage() {
  const user = await requireUser();
  const register = await orRefuse(getProcessingRegister(user));
  return (
    <div className="max-w-4xl space-y-6">
      <h1 className="text-3xl font-bold">Verwerkingsregister</h1>
      <p>
        Welke persoonsgegevens het Stadsdeelportaal bewaart, waarvoor, op welke grondslag, hoe lang en wie ze ziet (artikel 30 AVG). Deze pagina wordt gemaakt
        uit de markeringen in het databaseschema: elke kolom met tekst heeft daar een besluit. {register.withoutPersonalData} kolommen bevatten geen
        persoonsgegevens.
      </p>
      {register.categories.map((c) => (
        <section key={c.key} aria-labelledby={`cat-${c.key}`} className="space-y-2 rounded border border-gray-300 p-4">
          <h2 id={`cat-${c.key}`} className="text-xl font-semibold">
            {c.label}
          </h2>
          <dl className="grid gap-x-4 gap-y-1 sm:grid-cols-[10rem_1fr]">
            <dt className="font-semibold">Doel</dt>
            <dd>{c.purpose}</dd>
            <dt className="font-semibold">Grondslag</dt>
            <dd>{c.basis}</dd>
            <dt className="font-semibold">Bewaartermijn</dt>
            <dd>{c.retention}</dd>
            <dt className="font-semibold">Wie ziet het</dt>
            <dd>{c.access}</dd>
            <dt className="font-semibold">Bij verwijderen</dt>
            <dd>
              {c.erasedWithPerson
                ? "Gewist bij “mijn gegevens verwijderen” en na de bewaartermijn."
                : "Blijft, maar is dan niet meer tot een persoon te herleiden of hoort niet bij een bewoner."}
            </dd>
            <dt className="font-semibold">Kolommen</dt>
            <dd>
              <code className="text-sm">{c.columns.join(", ") || "—"}</code>
            </dd>
          </dl>
        </section>
      ))}
    </div>
  );
}
