// Schemas for dossiers and acties at the stadsdeeltafel, and partner
// organisations (beheer).
import { z } from "zod";
import { id, optionalId, optionalText, required } from "./common.ts";
import { todayKey } from "../datetime.ts";

export const dossierStatuses = ["AANGEMELD", "IN_BESPREKING", "DUIDELIJKHEID", "IN_UITVOERING", "AFGESLOTEN"] as const;
export type DossierStatusValue = (typeof dossierStatuses)[number];
export const actieStatuses = ["OPEN", "GEREED", "VERVALLEN"] as const;
export const organisationKinds = ["POLITIE", "WONINGCORPORATIE", "WELZIJN", "ZORG", "GGD", "ONDERWIJS", "BEWONERSORGANISATIE", "OVERIG"] as const;

const list = z.preprocess((v) => (v === undefined || v === "" ? [] : Array.isArray(v) ? v : [v]), z.array(z.string().trim().min(1).max(64)).max(50));
const checkbox = z.preprocess((v) => v === "on" || v === "true" || v === true, z.boolean());

export const createDossierSchema = z.object({
  stadsdeelId: id("een stadsdeel"),
  title: required("een titel", 200),
  description: optionalText(4000),
  ownerId: optionalId,
  departmentIds: list,
  organisationIds: list,
  inbrengId: optionalId,
  meldingId: optionalId,
  agendaItemId: optionalId,
});

export const changeDossierStatusSchema = z
  .object({
    dossierId: id("een dossier"),
    toStatus: z.enum(dossierStatuses, { error: "Kies een nieuwe status." }),
    clarity: optionalText(4000),
    publish: checkbox,
  })
  .superRefine((v, ctx) => {
    if (v.publish && !v.clarity)
      ctx.addIssue({ code: "custom", path: ["clarity"], message: "Schrijf eerst wat er duidelijk is; die tekst wordt het openbare antwoord." });
  });

export const createActieSchema = z.object({
  dossierId: id("een dossier"),
  description: required("wat er gedaan wordt", 1000),
  /** "user:<id>" or "organisation:<id>": exactly one owner. */
  owner: z.preprocess(
    (v) => (typeof v === "string" && v.trim() === "" ? undefined : v),
    z
      .string({ error: "Kies wie de actie uitvoert." })
      .trim()
      .regex(/^(user|organisation):[A-Za-z0-9_-]{1,64}$/, "Kies wie de actie uitvoert: een collega of een organisatie."),
  ),
  dueOn: z
    .string({ error: "Vul een datum in." })
    .trim()
    .regex(/^\d{4}-\d{2}-\d{2}$/, "Vul een datum in.")
    .refine((v) => !Number.isNaN(Date.parse(`${v}T00:00:00Z`)), "Deze datum bestaat niet.")
    .refine((v) => v >= todayKey(), "Kies vandaag of een datum in de toekomst."),
});

export const updateActieSchema = z.object({
  actieId: id("een actie"),
  status: z.enum(actieStatuses, { error: "Kies open, gereed of vervallen." }),
  note: optionalText(1000),
});

export const saveOrganisationSchema = z.object({
  name: required("de naam", 150),
  kind: z.enum(organisationKinds, { error: "Kies het soort organisatie." }),
});
