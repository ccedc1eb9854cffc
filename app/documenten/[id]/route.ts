// Downloads a document of the stadsdeelanalyse: public ones for everyone
// (from their openbaar-vanaf date), the rest only for staff who may read
// its stadsdeel — decided in the data function's query; otherwise 404.
import { getCurrentUser } from "@/lib/auth/current-user";
import { refusalResponse } from "@/lib/auth/refuse";
import { getDocument } from "@/lib/data/indicators/documents";

export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  try {
    const d = await getDocument(await getCurrentUser(), (await params).id);
    return new Response(new Uint8Array(d.content), {
      headers: {
        "Content-Type": d.mimeType,
        "Content-Disposition": `attachment; filename*=UTF-8''${encodeURIComponent(d.fileName)}`,
        "Cache-Control": "private, no-store",
      },
    });
  } catch (error) {
    return refusalResponse(error);
  }
}
