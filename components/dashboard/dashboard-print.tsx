"use client";
// "Afdrukken voor het college": with every block open it prints at once;
// otherwise it opens the dashboard with all blocks unfolded and prints
// there on arrival (`afdrukken=1`, taken from the address afterwards).
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useEffect } from "react";
import { PrintButton } from "@/components/print-button";

const label = "Afdrukken voor het college (A4 liggend)";

type Props = { allOpen: boolean; allOpenHref: string; printNow: boolean; afterPrintHref: string };

export function DashboardPrint({ allOpen, allOpenHref, printNow, afterPrintHref }: Props) {
  const router = useRouter();
  useEffect(() => {
    if (!printNow) return;
    window.print();
    router.replace(afterPrintHref, { scroll: false });
  }, [printNow, afterPrintHref, router]);
  if (allOpen) return <PrintButton label={label} />;
  return (
    <Link href={allOpenHref} className="no-print inline-block rounded border border-brand px-4 py-2 font-semibold text-brand no-underline">
      {label}
    </Link>
  );
}
