// Input schemas for the stadsdeelagenda: items, links and the import commit.
import { z } from "zod";
import { parsePeriod } from "../period.ts";
import { id, intInRange, optionalId, optionalText, required } from "./common.ts";

export const agendaKinds = ["BELEID", "UITVOERING", "PARTICIPATIE"] as const;
export const agendaStatuses = ["GEPLAND", "LOOPT", "AFGEROND", "UITGESTELD", "VERVALLEN"] as const;

const period = (label: string, edge: "start" | "end") =>
  z
    .string({ error: `Vul ${label} in.` })
    .trim()
    .min(1, `Vul ${label} in.`)
    .transform((v, ctx) => {
      const d = parsePeriod(v, edge);
      if (!d) {
        ctx.addIssue({
          code: "custom",
          message: `${label[0].toUpperCase()}${label.slice(1)}: gebruik een datum (2027-03-15), maand (2027-03) of kwartaal (2027-Q2).`,
        });
        return z.NEVER;
      }
      return d;
    });

const list = z.preprocess((v) => (v === undefined || v === "" ? [] : Array.isArray(v) ? v.filter((x) => x !== "") : [v]), z.array(z.string().max(64)).max(200));

const fields = z.object({
  kind: z.enum(agendaKinds, { error: "Kies beleid, uitvoering of participatie." }),
  title: required("een titel", 200),
  description: optionalText(4000),
  themeId: optionalId,
  departmentId: optionalId,
  periodStart: period("het begin", "start"),
  periodEnd: period("het einde", "end"),
  status: z.enum(agendaStatuses, { error: "Kies een status." }),
  progress: intInRange("De voortgang", 0, 100),
  isPublic: z.preprocess((v) => v === "on" || v === "true" || v === true, z.boolean()),
  buurtIds: list,
  wijkIds: list,
});

const checkPeriod = (v: { periodStart: Date; periodEnd: Date }, ctx: z.RefinementCtx) => {
  if (v.periodEnd < v.periodStart) ctx.addIssue({ code: "custom", path: ["periodEnd"], message: "Het einde ligt voor het begin." });
};

export const createAgendaItemSchema = fields.extend({ stadsdeelId: id("een stadsdeel") }).superRefine(checkPeriod);
export const updateAgendaItemSchema = fields.extend({ agendaItemId: id("een agendapunt") }).superRefine(checkPeriod);

export const linkAgendaSchema = z
  .object({
    agendaItemId: id("een agendapunt"),
    inbrengId: optionalId,
    bijeenkomstId: optionalId,
    unlink: z.preprocess((v) => v === "1" || v === true, z.boolean()).default(false),
  })
  .refine((v) => v.inbrengId || v.bijeenkomstId, { path: ["inbrengId"], message: "Kies een inbreng of bijeenkomst." });

export const importAgendaSchema = z.object({
  fileName: z.string().max(200),
  /** The uploaded file, base64. */
  payload: z.string().min(1, "Kies een bestand.").max(8_000_000, "Het bestand is te groot (maximaal 6 MB)."),
  commit: z.preprocess((v) => v === "1" || v === true, z.boolean()).default(false),
});
