// The progress dashboard (voortgangsbewaking) for wethouders, beheerders and
// regisseurs (their own stadsdelen). The first screen answers "how are we
// doing and what needs me": five headline figures, "aandacht nodig", and the
// stadsdelen on a map coloured by a chosen figure next to their table. The
// blocks below fold open for every figure, chart and export (rendered only
// when opened, see DetailBlock). Each figure is
// defined once (lib/dashboard/figures) and links to the list behind it.
import type { Metadata } from "next";
import type { Geometry } from "geojson";
import { requireUser } from "@/lib/auth/current-user";
import { readableStadsdeelIds } from "@/lib/auth/permissions";
import { listDashboardStadsdelen } from "@/lib/data/dashboard/list-dashboard-stadsdelen";
import { originFrom, periodFrom } from "@/lib/data/dashboard/dashboard-filters";
import { getDashboard } from "@/lib/data/dashboard/get-dashboard";
import { listThemes } from "@/lib/data/catalog/list-themes";
import { amsterdamYearMonth } from "@/lib/datetime";
import { formatDate, formatTime } from "@/lib/format";
import { isStadsdeelFigure } from "@/lib/dashboard/figures";
import { dashboardLinks, type DashboardQuery } from "@/components/dashboard/links";
import { FilterForm } from "@/components/dashboard/filter-form";
import { HeadlineFigures } from "@/components/dashboard/headline-figures";
import { Attention } from "@/components/dashboard/attention";
import { StadsdelenCompared } from "@/components/dashboard/stadsdelen-compared";
import { ParticipationBlock, ReachBlock, VerslagenBlock } from "@/components/dashboard/participation-blocks";
import { AgendaBlock, InbrengBlock, MeldingenBlock } from "@/components/dashboard/work-blocks";
import { Definitions } from "@/components/dashboard/definitions";
import { DashboardPrint } from "@/components/dashboard/dashboard-print";
import { foldFrom } from "@/components/dashboard/detail-block";
import { DossierBlock } from "@/components/dashboard/dossier-block";
import { getDossierFigures } from "@/lib/data/dossiers/get-dossier-figures";

export const metadata: Metadata = { title: "Dashboard" };

type Props = { searchParams: Promise<DashboardQuery> };

export default async function DashboardPage({ searchParams }: Props) {
  const user = await requireUser(["WETHOUDER", "BEHEERDER", "STADSDEELREGISSEUR"]);
  const sp = await searchParams;
  const period = periodFrom(sp);
  const { all, stadsdeelIds } = await listDashboardStadsdelen(user, sp.stadsdeel);
  const [d, themes, tafels] = await Promise.all([
    getDashboard({ from: period.from, to: period.to, stadsdeelIds, themeId: sp.thema || null, origin: originFrom(sp.herkomst) }),
    listThemes(),
    getDossierFigures({ from: period.from, to: period.to, stadsdeelIds }),
  ]);
  const links = dashboardLinks(sp, period);
  const exportQuery = new URLSearchParams(Object.entries(sp).filter(([k, v]) => v && !["kaart", "open", "afdrukken"].includes(k)) as [string, string][]);
  const fold = foldFrom(sp, links.self);
  const own = user.wethouderStadsdeelId ?? user.stadsdeelIds[0];
  const outlines = new Map(all.map((s) => [s.id, s.outline as Geometry | null]));
  const readable = readableStadsdeelIds(user);
  const choosable = readable === undefined ? all : all.filter((s) => readable.includes(s.id));
  const blockProps = { d, links, exportQuery, fold };
  return (
    <div className="space-y-6">
      <style>{`@media print { @page { size: A4 landscape; margin: 10mm; } .dashboard-chart, section { break-inside: avoid; } }`}</style>
      <div className="flex flex-wrap items-start justify-between gap-3">
        <h1 className="text-3xl font-bold">Dashboard stadsdelen</h1>
        <div className="hidden md:block">
          <DashboardPrint
            allOpen={fold.all}
            allOpenHref={links.self({ open: "alles", afdrukken: "1" })}
            printNow={fold.all && sp.afdrukken === "1"}
            afterPrintHref={links.self({ afdrukken: undefined })}
          />
        </div>
      </div>
      <FilterForm sp={sp} year={amsterdamYearMonth(new Date()).y} periodLabel={period.label} stadsdelen={choosable} themes={themes} />
      <HeadlineFigures d={d} links={links} />
      <Attention d={d} links={links} />
      <StadsdelenCompared
        d={d}
        links={links}
        sp={sp}
        figure={isStadsdeelFigure(sp.kaart) ? sp.kaart : "inbreng"}
        outlines={outlines}
        own={own}
        isWethouder={user.role === "WETHOUDER"}
      />
      <p className="text-sm text-muted">
        Periode: {period.label}. Bijeenkomsten, verslagen en agenda zijn actueel; meldingen, aanmeldingen, inbreng en mee-praters zijn geteld op{" "}
        {d.refreshedAt ? `${formatDate(d.refreshedAt)} om ${formatTime(d.refreshedAt)}` : "—"} (elke minuut bijgewerkt).
      </p>
      <ParticipationBlock {...blockProps} />
      <VerslagenBlock {...blockProps} />
      <ReachBlock d={d} exportQuery={exportQuery} fold={fold} />
      <MeldingenBlock {...blockProps} />
      <InbrengBlock {...blockProps} />
      <AgendaBlock {...blockProps} />
      <DossierBlock
        f={tafels}
        fold={fold}
        clarityHref={`/medewerker/dossiers?${new URLSearchParams({ duidelijkheid: `${period.from.toISOString()}_${period.to.toISOString()}`, ...(sp.stadsdeel ? { stadsdeel: sp.stadsdeel } : {}) })}`}
      />
      <Definitions />
    </div>
  );
}
