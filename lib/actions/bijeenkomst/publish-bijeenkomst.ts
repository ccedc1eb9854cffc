// Server action: a concept bijeenkomst goes public — listed on the portal,
// in the agenda feeds, and open for registration. Only the regisseur of its
// stadsdeel (or a beheerder); a cancelled or already public one is refused.
import { AppError } from "../../errors.ts";
import { publishBijeenkomstSchema } from "../../validation/bijeenkomst.ts";
import { type ActionResult, defineAction } from "../define-action.ts";
import { managesBijeenkomst } from "./manages-bijeenkomst.ts";

export const publishBijeenkomstAction = defineAction({
  name: "bijeenkomst.publish",
  roles: ["STADSDEELREGISSEUR", "BEHEERDER"],
  schema: publishBijeenkomstSchema,
  authorize: managesBijeenkomst,
  async handler({ tx, audit }, { bijeenkomstId }) {
    // only a concept that is still planned: the condition is part of the update, so two clicks publish once
    const { count } = await tx.bijeenkomst.updateMany({
      where: { id: bijeenkomstId, publishedAt: null, status: "PLANNED" },
      data: { publishedAt: new Date() },
    });
    if (count === 0) throw new AppError("CONFLICT", "Deze bijeenkomst is al gepubliceerd of gaat niet door.");
    await audit("Bijeenkomst", bijeenkomstId, { published: true });
    return { id: bijeenkomstId };
  },
});

export async function publishBijeenkomst(_prev: unknown, form: FormData): Promise<ActionResult<{ id: string }>> {
  "use server";
  return publishBijeenkomstAction.invoke(form);
}
