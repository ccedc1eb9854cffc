// Schema for the municipality's details (beheer → Gemeente): what the
// header, mails, /privacy and /toegankelijkheid show.
import { z } from "zod";
import { accessibilityStatuses } from "../gemeente.ts";
import { intInRange, optionalText, required } from "./common.ts";

const email = (label: string) =>
  z
    .string({ error: `Vul ${label} in.` })
    .trim()
    .toLowerCase()
    .min(1, `Vul ${label} in.`)
    .max(254)
    .email(`Vul een geldig e-mailadres in, bijvoorbeeld privacy@gemeente.nl.`);

const empty = (v: unknown) => (typeof v === "string" && v.trim() === "" ? undefined : v);

export const saveGemeenteSchema = z.object({
  name: required("de naam van de gemeente", 100).refine((v) => !/[<>]/.test(v), "Gebruik geen < of > in de naam."),
  contactEmail: email("het algemene e-mailadres"),
  contactPhone: z.preprocess(
    empty,
    z
      .string()
      .trim()
      .max(30, "Maximaal 30 tekens.")
      .regex(/^[0-9 +()-]+$/, "Gebruik alleen cijfers, spaties en + ( ) -, bijvoorbeeld 14 043.")
      .optional(),
  ),
  postalAddress: optionalText(300),
  privacyOfficerName: optionalText(120),
  privacyOfficerEmail: email("het e-mailadres van de functionaris gegevensbescherming"),
  accessibilityStatus: z.enum(Object.keys(accessibilityStatuses) as [keyof typeof accessibilityStatuses], {
    error: "Kies de status van de toegankelijkheidsverklaring.",
  }),
  accessibilityEvaluatedOn: z.preprocess(
    empty,
    z
      .string()
      .regex(/^\d{4}-\d{2}-\d{2}$/, "Vul een datum in als 2026-11-30.")
      .transform((v) => new Date(`${v}T00:00:00Z`))
      .refine((d) => !Number.isNaN(d.getTime()) && d.getTime() <= Date.now() + 86_400_000, "Vul een datum in die al geweest is.")
      .optional(),
  ),
  minN: z.preprocess((v) => empty(v) ?? "10", intInRange("Het minimum aantal waarnemingen", 0, 1000)),
  accessibilityReportUrl: z.preprocess(
    empty,
    z
      .string()
      .trim()
      .max(500)
      .url("Vul een volledig webadres in, beginnend met https://.")
      .refine((v) => v.startsWith("https://"), "Het webadres moet met https:// beginnen.")
      .optional(),
  ),
});
