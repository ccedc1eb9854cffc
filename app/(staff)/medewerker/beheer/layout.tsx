// Beheer pages: beheerder only, checked before the page streams so a refusal
// is a real 403. A second line: each page's data function refuses too.
import type { ReactNode } from "react";
import { requireUser } from "@/lib/auth/current-user";

export default async function BeheerLayout({ children }: { children: ReactNode }) {
  await requireUser(["BEHEERDER"]);
  return <>{children}</>;
}
