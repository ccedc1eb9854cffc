// The municipality's own details (name, contact, privacy officer, the
// accessibility statement): the one Gemeente row, or — before a beheerder
// has saved it — the environment's values as first-run defaults. Mails are
// composed with placeholders ([[gemeente.naam]] …) that the outbox fills in
// at sending time, so every mail carries the details as they are then.
import { escapeHtml } from "./html.ts";
import type { Tx } from "./actions/define-action.ts";
import type { PrismaClient } from "./prisma-client.ts";

export type GemeenteDetails = {
  name: string;
  contactEmail: string;
  contactPhone: string | null;
  postalAddress: string | null;
  privacyOfficerName: string | null;
  privacyOfficerEmail: string;
  accessibilityStatus: AccessibilityStatus;
  accessibilityEvaluatedOn: Date | null;
  accessibilityReportUrl: string | null;
  /** Figures on fewer observations than this are hidden (stadsdeelanalyse). */
  minN: number;
  /** False while the environment's defaults are shown (nothing saved yet). */
  saved: boolean;
};

/** The statuses of toegankelijkheidsverklaring.nl. */
export const accessibilityStatuses = {
  A: "Voldoet volledig",
  B: "Voldoet gedeeltelijk",
  C: "Eerste maatregelen genomen",
  D: "Voldoet niet",
  E: "Nog geen onderzoek gedaan",
} as const;
export type AccessibilityStatus = keyof typeof accessibilityStatuses;

export function gemeenteDefaults(env: NodeJS.ProcessEnv = process.env): GemeenteDetails {
  return {
    name: env.MUNICIPALITY_NAME ?? "Gemeente Maastricht",
    contactEmail: env.MUNICIPALITY_EMAIL ?? "info@gemeente.example",
    contactPhone: env.MUNICIPALITY_PHONE ?? null,
    postalAddress: null,
    privacyOfficerName: null,
    privacyOfficerEmail: env.PRIVACY_OFFICER_EMAIL ?? env.MUNICIPALITY_EMAIL ?? "privacy@gemeente.example",
    accessibilityStatus: "E",
    accessibilityEvaluatedOn: null,
    accessibilityReportUrl: null,
    minN: 10,
    saved: false,
  };
}

export async function readGemeente(db: Tx | PrismaClient): Promise<GemeenteDetails> {
  const row = await db.gemeente.findUnique({ where: { id: "gemeente" } });
  if (!row) return gemeenteDefaults();
  const status = (row.accessibilityStatus in accessibilityStatuses ? row.accessibilityStatus : "E") as AccessibilityStatus;
  return {
    name: row.name,
    contactEmail: row.contactEmail,
    contactPhone: row.contactPhone,
    postalAddress: row.postalAddress,
    privacyOfficerName: row.privacyOfficerName,
    privacyOfficerEmail: row.privacyOfficerEmail,
    accessibilityStatus: status,
    accessibilityEvaluatedOn: row.accessibilityEvaluatedOn,
    accessibilityReportUrl: row.accessibilityReportUrl,
    minN: row.minN,
    saved: true,
  };
}

/** Placeholders in mail templates, filled in at sending time. */
export const mailPlaceholders = { name: "[[gemeente.naam]]", contact: "[[gemeente.contact]]" } as const;

/** A mail's text or HTML with the municipality's details in place of the placeholders. */
export function fillGemeente(body: string, g: Pick<GemeenteDetails, "name" | "contactEmail" | "contactPhone">, html = false): string {
  const contact = [g.contactEmail, g.contactPhone ? `telefoon ${g.contactPhone}` : null].filter(Boolean).join(", ");
  const esc = (v: string) => (html ? escapeHtml(v) : v);
  return body.replaceAll(mailPlaceholders.name, esc(g.name)).replaceAll(mailPlaceholders.contact, esc(contact));
}
