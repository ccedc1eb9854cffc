// Shared checks for the inbreng actions: the inbreng (or bijeenkomst) must
// exist and lie in a stadsdeel the user manages; theme and table must be real.
import type { SessionUser } from "../../auth/permissions.ts";
import { canManageStadsdeel } from "../../auth/permissions.ts";
import { fieldError } from "../../errors.ts";
import { checkChoice } from "../catalog-choice.ts";
import type { Tx } from "../define-action.ts";

export async function manageableBijeenkomst(tx: Tx, user: SessionUser, bijeenkomstId: string) {
  const b = await tx.bijeenkomst.findUnique({
    where: { id: bijeenkomstId },
    select: { id: true, stadsdeelId: true, stadsdeel: { select: { id: true, name: true } } },
  });
  return b && canManageStadsdeel(user, b.stadsdeelId) ? b : null;
}

export async function manageableInbreng(tx: Tx, user: SessionUser, inbrengId: string) {
  const i = await tx.inbreng.findUnique({
    where: { id: inbrengId },
    select: { id: true, bijeenkomstId: true, themeId: true, bijeenkomst: { select: { stadsdeelId: true, stadsdeel: { select: { id: true, name: true } } } } },
  });
  return i && canManageStadsdeel(user, i.bijeenkomst.stadsdeelId) ? i : null;
}

export async function checkThemeAndTafel(tx: Tx, bijeenkomstId: string, themeId: string, tafelId: string | undefined, currentThemeId?: string) {
  await checkChoice(tx, "theme", "themeId", themeId, currentThemeId);
  const theme = await tx.theme.findUniqueOrThrow({ where: { id: themeId }, select: { id: true, name: true } });
  if (tafelId) {
    const tafel = await tx.gesprekstafel.findUnique({ where: { id: tafelId }, select: { bijeenkomstId: true } });
    if (!tafel || tafel.bijeenkomstId !== bijeenkomstId) throw fieldError("tafelId", "Deze tafel hoort niet bij de bijeenkomst.");
  }
  return theme;
}
