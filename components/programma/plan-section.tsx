// The stadsdeelplan of a year: per opgave and doel its activities (agenda
// items: beleid, uitvoering, participatie) with status and progress, and —
// for staff — the completeness check and last year's lessons.
import Link from "next/link";
import type { PlanYear } from "@/lib/data/programma/plan-year";
import { agendaKindLabels, agendaStatusLabels, formatDate } from "@/lib/format";

export function PlanSection({
  plan,
  staff,
  lessons,
}: {
  plan: PlanYear;
  staff: boolean;
  lessons?: { year: number; watKanBeter: string; watWerkte: string } | null;
}) {
  return (
    <div className="space-y-4">
      {lessons && (
        <aside aria-labelledby="lessen-kop" className="rounded border-l-4 border-brand bg-gray-50 p-3">
          <h3 id="lessen-kop" className="font-semibold">
            Lessen uit de monitor van {lessons.year}
          </h3>
          <p>
            <span className="font-semibold">Wat kan beter:</span> {lessons.watKanBeter}
          </p>
          <p>
            <span className="font-semibold">Wat werkte:</span> {lessons.watWerkte}
          </p>
        </aside>
      )}
      {plan.opgaven.length === 0 ? (
        <p>Er zijn nog geen opgaven.</p>
      ) : (
        <ul className="space-y-4">
          {plan.opgaven.map((o) => (
            <li key={o.id}>
              <h3 className="font-semibold">{o.title}</h3>
              <ul className="ml-4 list-disc space-y-2">
                {o.doelen.map((d) => (
                  <li key={d.id}>
                    {d.text}
                    {d.activiteiten.length === 0 ? (
                      <p className="text-sm">Nog geen activiteiten in {plan.year}.</p>
                    ) : (
                      <ul className="ml-4 list-[circle] text-sm">
                        {d.activiteiten.map((a) => (
                          <li key={a.id}>
                            {staff ? <Link href={`/medewerker/agenda/${a.id}`}>{a.title}</Link> : a.title} — {agendaKindLabels[a.kind]},{" "}
                            {agendaStatusLabels[a.status].toLowerCase()}
                            {a.status === "LOOPT" ? ` (${a.progress} %)` : ""}, {formatDate(a.periodStart)} – {formatDate(a.periodEnd)}
                            {a.department ? `, ${a.department.name}` : ""}
                          </li>
                        ))}
                      </ul>
                    )}
                  </li>
                ))}
              </ul>
            </li>
          ))}
        </ul>
      )}
      {staff && (
        <section aria-labelledby="volledig-kop" className="space-y-1">
          <h3 id="volledig-kop" className="font-semibold">
            Is het plan van {plan.year} compleet?
          </h3>
          <p>{plan.opgavenWithout.length ? `Opgaven zonder activiteit: ${plan.opgavenWithout.join(", ")}.` : "Elke opgave heeft een activiteit."}</p>
          <p>
            {plan.departmentsWithout.length
              ? `Afdelingen zonder agendapunt in dit stadsdeel in ${plan.year}: ${plan.departmentsWithout.join(", ")}.`
              : "Elke afdeling heeft een agendapunt in dit stadsdeel."}
          </p>
        </section>
      )}
    </div>
  );
}
