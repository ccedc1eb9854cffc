// Server action: a stadsdeelregisseur plans a bijeenkomst (with its
// gesprekstafels) in one of their own stadsdelen. It starts as a concept,
// seen only by staff, until it is published (publish-bijeenkomst).
import { redirect } from "next/navigation";
import { canManageStadsdeel } from "../../auth/permissions.ts";
import { createBijeenkomstSchema } from "../../validation/bijeenkomst.ts";
import { type ActionResult, defineAction } from "../define-action.ts";

export const createBijeenkomstAction = defineAction({
  name: "bijeenkomst.create",
  roles: ["STADSDEELREGISSEUR", "BEHEERDER"],
  schema: createBijeenkomstSchema,
  authorize: ({ user }, input) => canManageStadsdeel(user, input.stadsdeelId),
  async handler({ tx, audit }, { tafels, ...input }) {
    const b = await tx.bijeenkomst.create({
      data: {
        ...input,
        description: input.description ?? "",
        publishedAt: null,
        tafels: { create: tafels.map((t, i) => ({ name: t.name, hostName: t.hostName, sortOrder: i })) },
      },
    });
    await audit("Bijeenkomst", b.id, { title: b.title, stadsdeelId: b.stadsdeelId, tafels: tafels.length });
    return { id: b.id };
  },
});

export async function createBijeenkomst(_prev: unknown, form: FormData): Promise<ActionResult<{ id: string }>> {
  "use server";
  const result = await createBijeenkomstAction.invoke(form);
  if (result.ok) redirect(`/medewerker/bijeenkomsten/${result.data.id}?aangemaakt=1`);
  return result;
}
