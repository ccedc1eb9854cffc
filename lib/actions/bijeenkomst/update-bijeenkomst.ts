// Server action: edit a planned bijeenkomst and its gesprekstafels (tables
// keep their id, so logged inbreng stays linked; removed tables release it).
import { AppError } from "../../errors.ts";
import { updateBijeenkomstSchema } from "../../validation/bijeenkomst.ts";
import { type ActionResult, defineAction } from "../define-action.ts";
import { managesBijeenkomst } from "./manages-bijeenkomst.ts";

export const updateBijeenkomstAction = defineAction({
  name: "bijeenkomst.update",
  roles: ["STADSDEELREGISSEUR", "BEHEERDER"],
  schema: updateBijeenkomstSchema,
  authorize: managesBijeenkomst,
  async handler({ tx, audit }, { bijeenkomstId, tafels, ...input }) {
    const current = await tx.bijeenkomst.findUniqueOrThrow({ where: { id: bijeenkomstId }, include: { tafels: true } });
    if (current.status === "CANCELLED") throw new AppError("CONFLICT", "Deze bijeenkomst is geannuleerd en kan niet meer worden gewijzigd.");
    const known = new Set(current.tafels.map((t) => t.id));
    const keep = tafels.filter((t) => t.id && known.has(t.id)).map((t) => t.id!);
    await tx.gesprekstafel.deleteMany({ where: { bijeenkomstId, id: { notIn: keep } } });
    // Two passes avoid unique-name clashes while tables are renamed.
    for (const t of current.tafels.filter((t) => keep.includes(t.id))) {
      await tx.gesprekstafel.update({ where: { id: t.id }, data: { name: `__${t.id}` } });
    }
    for (const [i, t] of tafels.entries()) {
      if (t.id && known.has(t.id)) await tx.gesprekstafel.update({ where: { id: t.id }, data: { name: t.name, hostName: t.hostName ?? null, sortOrder: i } });
      else await tx.gesprekstafel.create({ data: { bijeenkomstId, name: t.name, hostName: t.hostName, sortOrder: i } });
    }
    await tx.bijeenkomst.update({ where: { id: bijeenkomstId }, data: { ...input, description: input.description ?? "" } });
    await audit("Bijeenkomst", bijeenkomstId, { fields: Object.keys(input), tafels: tafels.length });
    return { id: bijeenkomstId };
  },
});

export async function updateBijeenkomst(_prev: unknown, form: FormData): Promise<ActionResult<{ id: string }>> {
  "use server";
  return updateBijeenkomstAction.invoke(form);
}
