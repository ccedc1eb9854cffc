// Role check for importing agenda items, before the page streams (a refusal is a real 403).
import type { ReactNode } from "react";
import { requireUser } from "@/lib/auth/current-user";

export default async function RoleLayout({ children }: { children: ReactNode }) {
  await requireUser(["STADSDEELREGISSEUR", "AFDELINGSMEDEWERKER", "BEHEERDER"]);
  return <>{children}</>;
}
