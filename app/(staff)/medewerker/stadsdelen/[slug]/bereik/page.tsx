// Reach of a stadsdeel: who took part by buurt and age band against the
// population, repeat participation, and the pool members (with consent
// date). Pool names are personal data: viewing is audited.
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ReachTables } from "@/components/reach-tables";
import { requireUser } from "@/lib/auth/current-user";
import { canManageStadsdeel } from "@/lib/auth/permissions";
import { prisma } from "@/lib/db";
import { getStadsdeel } from "@/lib/data/areas/get-stadsdeel";
import { getReach } from "@/lib/data/reach/get-reach";
import { TableHead } from "@/components/table-head";

export const metadata: Metadata = { title: "Bereik" };

export default async function ReachPage({ params }: { params: Promise<{ slug: string }> }) {
  const user = await requireUser();
  const stadsdeel = await getStadsdeel((await params).slug);
  if (!stadsdeel) notFound();
  const reach = await getReach({ stadsdeelId: stadsdeel.id });
  const showPool = canManageStadsdeel(user, stadsdeel.id);
  const pool = showPool
    ? await prisma.participant.findMany({
        where: { inPool: true, anonymisedAt: null, buurt: { stadsdeelId: stadsdeel.id } },
        orderBy: [{ buurt: { name: "asc" } }, { name: "asc" }],
        select: { id: true, name: true, buurt: { select: { name: true } }, consents: { where: { purpose: "PARTICIPATION_POOL", withdrawnAt: null }, orderBy: { givenAt: "desc" }, take: 1, select: { givenAt: true } } },
      })
    : [];
  if (showPool) await prisma.auditEvent.create({ data: { actorId: user.id, actorKind: "staff", action: "pool.view", entityType: "Stadsdeel", entityId: stadsdeel.id, details: { rows: pool.length } } });
  return (
    <div className="space-y-6">
      <h1 className="text-3xl font-bold">Bereik in {stadsdeel.name}</h1>
      <ReachTables reach={reach} />
      {showPool && (
        <section aria-labelledby="pool-kop">
          <h2 id="pool-kop" className="text-xl font-semibold">Groep van mee-praters ({pool.length})</h2>
          <table className="mt-2 w-full border-collapse text-left">
            <TableHead columns={["Naam", "Buurt", "Toestemming sinds"]} />
            <tbody>
              {pool.map((p) => (
                <tr key={p.id} className="border-b border-gray-200"><td className="py-1 pr-3">{p.name}</td><td className="py-1 pr-3">{p.buurt?.name ?? "—"}</td><td className="py-1">{p.consents[0]?.givenAt.toLocaleDateString("nl-NL", { timeZone: "Europe/Amsterdam" }) ?? "—"}</td></tr>
              ))}
            </tbody>
          </table>
        </section>
      )}
    </div>
  );
}
