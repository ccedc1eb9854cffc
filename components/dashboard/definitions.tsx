// "Zo tellen we": every figure on the dashboard with its one definition.
import { stadsdeelFigures, totalFigures } from "@/lib/dashboard/figures";

export function Definitions() {
  const all = [...Object.values(totalFigures), ...Object.values(stadsdeelFigures)];
  return (
    <section aria-labelledby="definities-kop" className="border-t border-gray-300 pt-4">
      <h2 id="definities-kop" className="text-xl font-semibold">
        Zo tellen we
      </h2>
      <dl className="mt-2 grid gap-x-4 gap-y-1 text-sm md:grid-cols-[14rem_1fr]">
        {all.map((f) => [
          <dt key={`t-${f.label}`} className="font-semibold">
            {f.label}
          </dt>,
          <dd key={`d-${f.label}`} className="mb-1">
            {f.definition}
          </dd>,
        ])}
      </dl>
    </section>
  );
}
