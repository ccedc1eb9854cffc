// Only staff who may manage this stadsdeel create meldingen here (403 otherwise).
import { forbidden } from "next/navigation";
import type { ReactNode } from "react";
import { requireUser } from "@/lib/auth/current-user";
import { canManageStadsdeel } from "@/lib/auth/permissions";
import { getStadsdeel } from "@/lib/data/areas/get-stadsdeel";

export default async function NewMeldingLayout({ children, params }: { children: ReactNode; params: Promise<{ slug: string }> }) {
  const user = await requireUser();
  const stadsdeel = await getStadsdeel((await params).slug);
  if (!stadsdeel || !canManageStadsdeel(user, stadsdeel.id)) forbidden();
  return <>{children}</>;
}
