// One doel as text: what it is, how it is measured (indicator, area,
// baseline → target) or "niet meetbaar", and — in a monitor — its state in
// words with an icon (never colour alone) and the reasons.
import { formatValue } from "@/lib/indicators/format";
import type { DoelMonitor } from "@/lib/programma/compute-states";
import { doelStateLabels } from "@/lib/programma/doel-state";

export type DoelView = {
  id: string;
  code: string;
  text: string;
  kind: string;
  areaCode: string | null;
  baselineValue: number | null;
  baselineYear: number | null;
  targetValue: number | null;
  targetYear: number | null;
  indicator: { name: string; unit: string } | null;
};

export function DoelMeasure({ doel, areaName }: { doel: DoelView; areaName: (code: string | null) => string }) {
  if (!doel.indicator) return <>Niet meetbaar met een indicator; de voortgang blijkt uit de activiteiten.</>;
  const u = doel.indicator.unit;
  return (
    <>
      {doel.indicator.name} in {areaName(doel.areaCode)}: van {formatValue(doel.baselineValue!, u)} ({doel.baselineYear}) naar{" "}
      {formatValue(doel.targetValue!, u)} in {doel.targetYear}.
    </>
  );
}

export function DoelStateBadge({ monitor, unit }: { monitor: DoelMonitor | undefined; unit?: string }) {
  if (!monitor) return null;
  const s = doelStateLabels[monitor.state];
  const tone =
    monitor.state === "OP_KOERS"
      ? "border-green-800 text-green-900"
      : monitor.state === "ACHTER"
        ? "border-accent text-accent"
        : "border-gray-600 text-gray-800";
  return (
    <p className="text-sm">
      <span className={`mr-2 inline-block rounded border px-2 font-semibold ${tone}`}>
        <span aria-hidden="true">{s.icon} </span>
        {s.label}
      </span>
      {monitor.latest && unit ? `Laatste meting: ${formatValue(monitor.latest.value, unit)} (${monitor.latest.year}). ` : ""}
      {monitor.reasons.join("; ")}.
    </p>
  );
}
