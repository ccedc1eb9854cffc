// A real 404 for unknown bijeenkomsten (resolved before the page streams).
import { notFound } from "next/navigation";
import type { ReactNode } from "react";
import { getPublicBijeenkomst } from "@/lib/data/bijeenkomsten/get-public-bijeenkomst";

export default async function PublicBijeenkomstLayout({ children, params }: { children: ReactNode; params: Promise<{ id: string }> }) {
  if (!(await getPublicBijeenkomst((await params).id))) notFound();
  return <>{children}</>;
}
