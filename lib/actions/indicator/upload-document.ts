// Server action: a verkenning, study or analysis for a stadsdeel (its
// regisseur or the beheerder) or for the whole city (the beheerder): PDF or
// an office file (Word, Excel, OpenDocument), at most 10 MB, recognised by
// its first bytes rather than its name; public only when ticked, and then
// from the openbaar-vanaf date. Audited.
import { canManageStadsdeel } from "../../auth/permissions.ts";
import { fieldError } from "../../errors.ts";
import { uploadDocumentSchema } from "../../validation/indicator.ts";
import { type ActionResult, defineAction, formDataToObject } from "../define-action.ts";

const office: Record<string, string> = {
  docx: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
  xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  pptx: "application/vnd.openxmlformats-officedocument.presentationml.presentation",
  odt: "application/vnd.oasis.opendocument.text",
  ods: "application/vnd.oasis.opendocument.spreadsheet",
};

/** The file's type from its bytes (and, for the zip-based office formats, its extension); null when not allowed. */
export function documentType(bytes: Buffer, fileName: string): string | null {
  if (bytes.subarray(0, 5).toString("latin1") === "%PDF-") return "application/pdf";
  const ext = fileName.toLowerCase().split(".").pop() ?? "";
  if (bytes.subarray(0, 4).equals(Buffer.from([0x50, 0x4b, 0x03, 0x04])) && office[ext]) return office[ext];
  return null;
}

export const uploadDocumentAction = defineAction({
  name: "document.upload",
  roles: ["STADSDEELREGISSEUR", "BEHEERDER"],
  schema: uploadDocumentSchema,
  authorize: ({ user }, input) => (input.stadsdeelId ? canManageStadsdeel(user, input.stadsdeelId) : user.role === "BEHEERDER"),
  async handler({ tx, audit }, input) {
    const bytes = Buffer.from(input.payload, "base64");
    if (bytes.length === 0) throw fieldError("payload", "Kies een bestand.");
    if (bytes.length > 10 * 1024 * 1024) throw fieldError("payload", "Het bestand is te groot (maximaal 10 MB).");
    const mimeType = documentType(bytes, input.fileName);
    if (!mimeType) throw fieldError("payload", "Kies een PDF of een Word-, Excel- of OpenDocument-bestand.");
    if (input.stadsdeelId && !(await tx.stadsdeel.findUnique({ where: { id: input.stadsdeelId }, select: { id: true } })))
      throw fieldError("stadsdeelId", "Kies een stadsdeel.");
    const d = await tx.document.create({
      data: {
        stadsdeelId: input.stadsdeelId ?? null,
        title: input.title,
        kind: input.kind,
        year: input.year ?? null,
        fileName: input.fileName || "document",
        mimeType,
        size: bytes.length,
        content: bytes,
        isPublic: input.isPublic,
        openbaarVanaf: input.openbaarVanaf ? new Date(`${input.openbaarVanaf}T00:00:00Z`) : null,
      },
      select: { id: true },
    });
    await audit("Document", d.id, { title: input.title, size: bytes.length, isPublic: input.isPublic, stadsdeelId: input.stadsdeelId ?? null });
    return { id: d.id };
  },
});

/** The form posts the file itself; it is read here into base64 for the wrapper's schema. */
export async function uploadDocument(_prev: unknown, form: FormData): Promise<ActionResult<{ id: string }>> {
  "use server";
  const file = form.get("file");
  const values = formDataToObject(form);
  delete values.file;
  if (file instanceof File && file.size > 0) Object.assign(values, { fileName: file.name, payload: Buffer.from(await file.arrayBuffer()).toString("base64") });
  return uploadDocumentAction.invoke(values);
}
