// Checks access to this stadsdeel before the page streams, so a refusal is
// a real 403 (and an unknown stadsdeel a 404), not a 200 with an error text.
import { forbidden, notFound } from "next/navigation";
import type { ReactNode } from "react";
import { requireUser } from "@/lib/auth/current-user";
import { canViewStadsdeel } from "@/lib/auth/permissions";
import { getStadsdeel } from "@/lib/data/areas/get-stadsdeel";

export default async function StaffStadsdeelLayout({ children, params }: { children: ReactNode; params: Promise<{ slug: string }> }) {
  const user = await requireUser();
  const stadsdeel = await getStadsdeel((await params).slug);
  if (!stadsdeel) notFound();
  if (!canViewStadsdeel(user, stadsdeel.id)) forbidden();
  return <>{children}</>;
}
