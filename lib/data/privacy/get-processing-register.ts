// Staff (beheerder only, refused in the function): the verwerkingsregister
// (AVG art. 30) — each category of personal data with purpose, legal basis,
// retention and who sees it, and the database columns that hold it, read
// from the schema's markers (lib/privacy), so it always matches the code.
import "server-only";
import type { SessionUser } from "@/lib/auth/permissions";
import { categories } from "@/lib/privacy/categories";
import { readSchemaMarkers } from "@/lib/privacy/schema-markers";
import { requireAdministrator } from "@/lib/data/scope";

export async function getProcessingRegister(user: SessionUser) {
  requireAdministrator(user);
  const markers = readSchemaMarkers();
  return {
    categories: Object.entries(categories).map(([key, c]) => ({
      key,
      ...c,
      columns: markers.filter((m) => m.category === key).map((m) => `${m.table}.${m.field}`),
    })),
    withoutPersonalData: markers.filter((m) => m.category === null).length,
  };
}
