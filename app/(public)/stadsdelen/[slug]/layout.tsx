// Resolves the stadsdeel before the page streams, so an unknown slug gets a
// real 404 status (the page's loading state would otherwise have sent 200).
import { notFound } from "next/navigation";
import type { ReactNode } from "react";
import { getStadsdeel } from "@/lib/data/areas/get-stadsdeel";

export default async function StadsdeelLayout({ children, params }: { children: ReactNode; params: Promise<{ slug: string }> }) {
  if (!(await getStadsdeel((await params).slug))) notFound();
  return <>{children}</>;
}
