// Input schemas and the status workflow of meldingen:
// nieuw → doorgezet → in behandeling → afgehandeld / afgewezen.
import { z } from "zod";
import { id, latitude, longitude, optionalId, optionalText } from "./common.ts";
import { fromLocalInput } from "../datetime.ts";

export const meldingStatuses = ["NIEUW", "DOORGEZET", "IN_BEHANDELING", "AFGEHANDELD", "AFGEWEZEN"] as const;
export type MeldingStatusValue = (typeof meldingStatuses)[number];

/** The allowed next statuses; the closing ones are final. */
export const meldingTransitions: Record<MeldingStatusValue, MeldingStatusValue[]> = {
  NIEUW: ["DOORGEZET"],
  DOORGEZET: ["IN_BEHANDELING", "AFGEWEZEN"],
  IN_BEHANDELING: ["AFGEHANDELD", "AFGEWEZEN"],
  AFGEHANDELD: [],
  AFGEWEZEN: [],
};

export const closingStatuses: MeldingStatusValue[] = ["AFGEHANDELD", "AFGEWEZEN"];

const emptyToUndefined = (v: unknown) => (v === "" || v === null ? undefined : v);
const optionalDate = z.preprocess(
  emptyToUndefined,
  z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/, "Vul een geldige datum in.")
    .transform((v) => fromLocalInput(`${v}T17:00`)!)
    .optional(),
);
const checkbox = z.preprocess((v) => v === "on" || v === "true" || v === true, z.boolean());

const routing = {
  categoryId: id("een categorie"),
  departmentId: optionalId,
  dueDate: optionalDate,
  externalReference: optionalText(60),
  forward: checkbox,
};

export const meldingFromInbrengSchema = z.object({ inbrengId: id("een inbreng"), ...routing });

export const directMeldingSchema = z
  .object({
    stadsdeelId: id("een stadsdeel"),
    description: z.string({ error: "Beschrijf het probleem." }).trim().min(1, "Beschrijf het probleem.").max(2000, "Maximaal 2000 tekens."),
    themeId: optionalId,
    buurtId: optionalId,
    lat: z.preprocess(emptyToUndefined, latitude.optional()),
    lng: z.preprocess(emptyToUndefined, longitude.optional()),
    ...routing,
  })
  .superRefine((v, ctx) => {
    if (!v.buurtId && (v.lat === undefined || v.lng === undefined))
      ctx.addIssue({ code: "custom", path: ["buurtId"], message: "Kies de buurt waar het probleem is." });
  });

export const changeMeldingStatusSchema = z
  .object({
    meldingId: id("een melding"),
    toStatus: z.enum(meldingStatuses, { error: "Kies een nieuwe status." }),
    note: optionalText(2000),
    publicAnswer: optionalText(2000),
    externalReference: optionalText(60),
  })
  .superRefine((v, ctx) => {
    if (closingStatuses.includes(v.toStatus) && !v.publicAnswer)
      ctx.addIssue({ code: "custom", path: ["publicAnswer"], message: "Een melding sluiten kan alleen met een antwoord; dit antwoord is openbaar." });
  });

/** "Doorzetten naar het meldingensysteem": one melding made from inbreng. */
export const pushMeldingSchema = z.object({ meldingId: id("een melding") });
