// Server action: move a melding one step in its workflow, recording who,
// when and a note. The regisseur forwards (nieuw → doorgezet); the
// department takes, answers and closes. A closing answer is required, is
// public, and becomes the "wat is ermee gedaan" of the inbreng behind it.
import type { SessionUser } from "../../auth/permissions.ts";
import { canManageStadsdeel, canWorkDepartment } from "../../auth/permissions.ts";
import { AppError, fieldError } from "../../errors.ts";
import { meldingStatusLabels } from "../../format.ts";
import { changeMeldingStatusSchema, closingStatuses, type MeldingStatusValue, meldingTransitions } from "../../validation/melding.ts";
import { type ActionResult, defineAction } from "../define-action.ts";

/** Which steps this user may take on a melding of this stadsdeel and department. */
export function allowedSteps(user: SessionUser, melding: { status: MeldingStatusValue; stadsdeelId: string; departmentId: string }): MeldingStatusValue[] {
  const next = meldingTransitions[melding.status];
  if (user.role === "BEHEERDER") return next;
  if (melding.status === "NIEUW") return canManageStadsdeel(user, melding.stadsdeelId) || canWorkDepartment(user, melding.departmentId) ? next : [];
  return canWorkDepartment(user, melding.departmentId) ? next : [];
}

export const changeMeldingStatusAction = defineAction({
  name: "melding.change-status",
  roles: ["STADSDEELREGISSEUR", "AFDELINGSMEDEWERKER", "BEHEERDER"],
  schema: changeMeldingStatusSchema,
  async authorize({ user, tx }, input) {
    const m = await tx.melding.findUnique({ where: { id: input.meldingId }, select: { status: true, stadsdeelId: true, departmentId: true } });
    if (!m) return false;
    // Anyone involved may try a step; the workflow decides whether it is allowed.
    return canManageStadsdeel(user, m.stadsdeelId) || canWorkDepartment(user, m.departmentId);
  },
  async handler({ tx, user, audit }, input) {
    // the row lock makes two simultaneous steps take turns: the second sees the first's status
    await tx.$queryRaw`SELECT id FROM "Melding" WHERE id = ${input.meldingId} FOR UPDATE`;
    const m = await tx.melding.findUniqueOrThrow({ where: { id: input.meldingId } });
    if (m.origin !== "PORTAAL")
      throw new AppError("CONFLICT", "Deze melding komt uit het meldingensysteem en wordt daar behandeld; hier is zij alleen te lezen.");
    if (m.externalId) throw new AppError("CONFLICT", "Deze melding is doorgezet naar het meldingensysteem en wordt daar behandeld; de status volgt vanzelf.");
    const next = meldingTransitions[m.status];
    if (!next.includes(input.toStatus)) {
      const options = next.map((s) => meldingStatusLabels[s]).join(" of ");
      throw fieldError(
        "toStatus",
        next.length
          ? `Van ${meldingStatusLabels[m.status]} kan een melding alleen naar ${options}.`
          : `Deze melding is ${meldingStatusLabels[m.status].toLowerCase()} en kan niet meer van status veranderen.`,
      );
    }
    if (!allowedSteps(user, m).includes(input.toStatus)) throw fieldError("toStatus", "Deze stap hoort bij de afdeling die de melding behandelt.");
    const closing = closingStatuses.includes(input.toStatus);
    const now = new Date();
    await tx.melding.update({
      where: { id: m.id },
      data: {
        status: input.toStatus,
        publicAnswer: closing ? input.publicAnswer : m.publicAnswer,
        closedAt: closing ? now : null,
        assigneeId: input.toStatus === "IN_BEHANDELING" && user.role === "AFDELINGSMEDEWERKER" ? user.id : m.assigneeId,
        externalReference: input.externalReference ?? m.externalReference,
        history: {
          create: {
            fromStatus: m.status,
            toStatus: input.toStatus,
            note: input.note ?? (closing ? input.publicAnswer : null),
            changedById: user.id,
            changedAt: now,
          },
        },
      },
    });
    if (closing && m.inbrengId) {
      await tx.inbreng.update({
        where: { id: m.inbrengId },
        data: { followUpStatus: input.toStatus === "AFGEHANDELD" ? "AFGEROND" : "NIET_OPGEPAKT", publicAnswer: input.publicAnswer, answeredAt: now },
      });
    }
    await audit("Melding", m.id, { from: m.status, to: input.toStatus });
    return { id: m.id, status: input.toStatus };
  },
});

export async function changeMeldingStatus(_prev: unknown, form: FormData): Promise<ActionResult<{ id: string; status: string }>> {
  "use server";
  return changeMeldingStatusAction.invoke(form);
}
