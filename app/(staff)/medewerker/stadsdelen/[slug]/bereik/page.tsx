// Reach of a stadsdeel: who took part by buurt and age band against the
// population, repeat participation, and the pool members (with consent
// date) for its organisers only. Pool names are personal data: viewing is audited.
import type { Metadata } from "next";
import { ReachTables } from "@/components/reach-tables";
import { requireUser } from "@/lib/auth/current-user";
import { orRefuse } from "@/lib/auth/refuse";
import { getStaffStadsdeelArea } from "@/lib/data/areas/get-stadsdeel";
import { getReach } from "@/lib/data/reach/get-reach";
import { listPoolMembers } from "@/lib/data/reach/list-pool-members";
import { TableHead } from "@/components/table-head";
import { ScrollTable } from "@/components/scroll-table";

export const metadata: Metadata = { title: "Bereik" };

export default async function ReachPage({ params }: { params: Promise<{ slug: string }> }) {
  const user = await requireUser();
  const stadsdeel = await orRefuse(getStaffStadsdeelArea(user, (await params).slug));
  const [reach, pool] = await Promise.all([getReach(user, { stadsdeelId: stadsdeel.id }), listPoolMembers(user, stadsdeel.id)]);
  return (
    <div className="space-y-6">
      <h1 className="text-3xl font-bold">Bereik in {stadsdeel.name}</h1>
      <ReachTables reach={reach} />
      {pool && (
        <section aria-labelledby="pool-kop">
          <h2 id="pool-kop" className="text-xl font-semibold">
            Groep van mee-praters ({pool.length})
          </h2>
          <ScrollTable label="Bereik">
            <table className="mt-2 w-full border-collapse text-left">
              <TableHead columns={["Naam", "Buurt", "Toestemming sinds"]} />
              <tbody>
                {pool.map((p) => (
                  <tr key={p.id} className="border-b border-gray-200">
                    <td className="py-1 pr-3">{p.name}</td>
                    <td className="py-1 pr-3">{p.buurt?.name ?? "—"}</td>
                    <td className="py-1">{p.consents[0]?.givenAt.toLocaleDateString("nl-NL", { timeZone: "Europe/Amsterdam" }) ?? "—"}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </ScrollTable>
        </section>
      )}
    </div>
  );
}
