// Staff pages of one dossier: refused (403/404) before the page streams when it lies outside the user's scope.
// A second line only: the page itself loads through the same scoped data
// function, so nothing leaks when a client navigation skips this layout.
import type { ReactNode } from "react";
import { requireUser } from "@/lib/auth/current-user";
import { orRefuse } from "@/lib/auth/refuse";
import { getDossier } from "@/lib/data/dossiers/get-dossier";

export default async function DossierLayout({ children, params }: { children: ReactNode; params: Promise<{ id: string }> }) {
  const user = await requireUser();
  await orRefuse(getDossier(user, (await params).id));
  return <>{children}</>;
}
