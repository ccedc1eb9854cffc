// Shared by the two ways of creating a melding: pick the department (chosen,
// else the theme's or category's default) and the due date (chosen, else
// the category's default term), and record the first history entries.
import { fieldError } from "../../errors.ts";
import { checkChoice } from "../catalog-choice.ts";
import type { Tx } from "../define-action.ts";

const DAY = 86_400_000;

export async function resolveRouting(tx: Tx, input: { categoryId: string; departmentId?: string; dueDate?: Date; themeId?: string | null }) {
  await checkChoice(tx, "category", "categoryId", input.categoryId);
  const category = await tx.meldingCategory.findUniqueOrThrow({ where: { id: input.categoryId } });
  let departmentId = input.departmentId;
  if (departmentId) await checkChoice(tx, "department", "departmentId", departmentId);
  else {
    const theme = input.themeId ? await tx.theme.findUnique({ where: { id: input.themeId }, select: { defaultDepartmentId: true } }) : null;
    const candidates = [category.defaultDepartmentId, theme?.defaultDepartmentId].filter((id): id is string => !!id);
    const active = await tx.department.findMany({ where: { id: { in: candidates }, active: true }, select: { id: true } });
    departmentId = candidates.find((id) => active.some((d) => d.id === id)); // a switched-off default is passed over
  }
  if (!departmentId) throw fieldError("departmentId", "Kies de afdeling die de melding oppakt.");
  const dueAt = input.dueDate ?? new Date(Date.now() + category.defaultDueDays * DAY);
  if (dueAt.getTime() < Date.now() - DAY) throw fieldError("dueDate", "De termijn ligt in het verleden.");
  return { category, departmentId, dueAt };
}

export function initialHistory(userId: string, forward: boolean, note: string) {
  const now = Date.now();
  return [
    { fromStatus: null, toStatus: "NIEUW" as const, changedById: userId, note, changedAt: new Date(now) },
    ...(forward
      ? [
          {
            fromStatus: "NIEUW" as const,
            toStatus: "DOORGEZET" as const,
            changedById: userId,
            note: "Doorgezet naar de afdeling",
            changedAt: new Date(now + 1),
          },
        ]
      : []),
  ];
}
