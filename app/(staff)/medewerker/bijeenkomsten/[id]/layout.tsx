// Staff pages of one bijeenkomst: only for staff who may read its stadsdeel
// (checked before anything streams, so refusals are real 403s).
import { forbidden, notFound } from "next/navigation";
import type { ReactNode } from "react";
import { requireUser } from "@/lib/auth/current-user";
import { canViewStadsdeel } from "@/lib/auth/permissions";
import { getBijeenkomst } from "@/lib/data/bijeenkomsten/get-bijeenkomst";

export default async function BijeenkomstLayout({ children, params }: { children: ReactNode; params: Promise<{ id: string }> }) {
  const user = await requireUser();
  const b = await getBijeenkomst((await params).id);
  if (!b) notFound();
  if (!canViewStadsdeel(user, b.stadsdeelId)) forbidden();
  return <>{children}</>;
}
