// Staff pages of one agenda item: for staff who may read its stadsdeel, or
// the department it belongs to.
import { forbidden, notFound } from "next/navigation";
import type { ReactNode } from "react";
import { requireUser } from "@/lib/auth/current-user";
import { canEditAgendaItem, canViewStadsdeel } from "@/lib/auth/permissions";
import { getAgendaItem } from "@/lib/data/agenda/get-agenda-item";

export default async function AgendaItemLayout({ children, params }: { children: ReactNode; params: Promise<{ id: string }> }) {
  const user = await requireUser();
  const item = await getAgendaItem((await params).id);
  if (!item) notFound();
  if (!canViewStadsdeel(user, item.stadsdeelId) && !canEditAgendaItem(user, item)) forbidden();
  return <>{children}</>;
}
