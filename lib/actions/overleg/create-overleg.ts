// Server action: a new overleg — name, kind, stadsdeel (or city-wide),
// chair and secretary, the cadence, and its seats (colleagues by name,
// department seats, partner organisations' seats) — and its sessies for
// the coming year, in one transaction. A regisseur for their own
// stadsdelen, the beheerder also city-wide.
import { canManageStadsdeel } from "../../auth/permissions.ts";
import { fieldError } from "../../errors.ts";
import { cadenceRule } from "../../overleg/cadence.ts";
import { generateSessies } from "../../overleg/generate-sessies.ts";
import { createOverlegSchema } from "../../validation/overleg.ts";
import { type ActionResult, defineAction } from "../define-action.ts";

const staffRoles = ["STADSDEELREGISSEUR", "AFDELINGSMEDEWERKER", "BEHEERDER"] as const;

export const createOverlegAction = defineAction({
  name: "overleg.create",
  roles: ["STADSDEELREGISSEUR", "BEHEERDER"],
  schema: createOverlegSchema,
  authorize: ({ user }, input) => (input.stadsdeelId ? canManageStadsdeel(user, input.stadsdeelId) : user.role === "BEHEERDER"),
  async handler({ tx, audit }, input) {
    const people = [input.chairId, ...(input.secretaryId ? [input.secretaryId] : [])];
    const [staff, partners, departments, organisations] = await Promise.all([
      tx.user.findMany({ where: { id: { in: [...people, ...input.userIds] }, active: true, role: { in: [...staffRoles] } }, select: { id: true } }),
      tx.user.findMany({ where: { id: { in: input.userIds }, active: true, role: "PARTNER" }, select: { id: true } }),
      tx.department.findMany({ where: { id: { in: input.departmentIds }, active: true }, select: { id: true } }),
      tx.organisation.findMany({ where: { id: { in: input.organisationIds }, active: true }, select: { id: true } }),
    ]);
    const known = new Set([...staff, ...partners].map((u) => u.id));
    if (!staff.some((u) => u.id === input.chairId)) throw fieldError("chairId", "Kies een actieve collega als voorzitter.");
    if (input.secretaryId && !staff.some((u) => u.id === input.secretaryId)) throw fieldError("secretaryId", "Kies een actieve collega als secretaris.");
    if (input.userIds.some((u) => !known.has(u))) throw fieldError("userIds", "Een gekozen deelnemer bestaat niet (meer) of is niet actief.");
    if (departments.length !== new Set(input.departmentIds).size) throw fieldError("departmentIds", "Een gekozen afdeling bestaat niet (meer).");
    if (organisations.length !== new Set(input.organisationIds).size) throw fieldError("organisationIds", "Een gekozen organisatie bestaat niet (meer).");
    const cadence =
      input.every === "weeks"
        ? { every: "weeks" as const, interval: input.interval, weekday: input.weekday }
        : { every: "month" as const, nth: Number(input.nth) as 1 | 2 | 3 | 4 | -1, weekday: input.weekday };
    const overleg = await tx.overleg.create({
      data: {
        name: input.name,
        kind: input.kind,
        stadsdeelId: input.stadsdeelId ?? null,
        chairId: input.chairId,
        secretaryId: input.secretaryId ?? null,
        rrule: cadenceRule(cadence),
        firstOn: new Date(`${input.firstOn}T00:00:00Z`),
        startTime: input.startTime,
        durationMinutes: input.durationMinutes,
        location: input.location ?? "",
        seats: {
          create: [
            ...[...new Set([input.chairId, ...(input.secretaryId ? [input.secretaryId] : []), ...input.userIds])].map((userId) => ({ userId })),
            ...[...new Set(input.departmentIds)].map((departmentId) => ({ departmentId })),
            ...[...new Set(input.organisationIds)].map((organisationId) => ({ organisationId })),
          ],
        },
      },
    });
    const sessies = await generateSessies(tx, overleg.id);
    await audit("Overleg", overleg.id, { kind: input.kind, stadsdeelId: input.stadsdeelId ?? null, rrule: overleg.rrule, sessies: sessies.added });
    return { id: overleg.id };
  },
});

export async function createOverleg(_prev: unknown, form: FormData): Promise<ActionResult<{ id: string }>> {
  "use server";
  return createOverlegAction.invoke(form);
}
