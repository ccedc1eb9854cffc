// Schemas for the programma → plan → monitor cycle. Messages in Dutch.
import { z } from "zod";
import { id, intInRange, optionalId, optionalText, required } from "./common.ts";

const empty = (v: unknown) => (typeof v === "string" && v.trim() === "" ? undefined : v);
const decimal = (label: string) =>
  z.preprocess(
    (v) => (typeof v === "string" ? (v.trim() === "" ? undefined : v.trim().replace(",", ".")) : v),
    z.coerce
      .number({ error: `${label} moet een getal zijn.` })
      .refine(Number.isFinite, `${label} moet een getal zijn.`)
      .optional(),
  );
const ids = z.preprocess((v) => (v === undefined || v === "" ? [] : Array.isArray(v) ? v : [v]), z.array(z.string().max(64)).max(50));
const year = (label: string) => z.preprocess(empty, intInRange(label, 2000, 2100).optional());

export const createProgrammaSchema = z.object({
  stadsdeelId: id("een stadsdeel"),
  title: required("een titel", 200),
  startYear: intInRange("Het beginjaar", 2020, 2100),
  focusgebiedId: optionalId,
});

export const addOpgaveSchema = z.object({
  programmaId: id("een programma"),
  title: required("de opgave", 200),
  priority: intInRange("De prioriteit", 1, 99),
  waarom: required("waarom dit een opgave is", 4000),
  focusgebiedId: optionalId,
  themeId: optionalId,
  leadDepartmentId: optionalId,
  departmentIds: ids,
  organisationIds: ids,
  wethouderIds: ids,
});

/** Evidence for an opgave: an inbreng, a verslag, or an indicator for an area (its latest shown value is kept). */
export const addBouwsteenSchema = z
  .object({
    opgaveId: id("een opgave"),
    inbrengId: optionalId,
    verslagId: optionalId,
    indicatorCode: optionalText(64),
    areaCode: optionalText(32),
  })
  .superRefine((v, ctx) => {
    const n = [v.inbrengId, v.verslagId, v.indicatorCode].filter(Boolean).length;
    if (n !== 1) ctx.addIssue({ code: "custom", path: ["inbrengId"], message: "Kies één onderbouwing: een inbreng, een verslag of een cijfer." });
    if (v.indicatorCode && !v.areaCode) ctx.addIssue({ code: "custom", path: ["areaCode"], message: "Kies het gebied van het cijfer." });
  });

export const addDoelSchema = z
  .object({
    opgaveId: id("een opgave"),
    text: required("het doel", 500),
    kind: z.enum(["EFFECT", "PRESTATIE"], { error: "Kies effect of prestatie." }),
    indicatorCode: optionalText(64),
    areaCode: optionalText(32),
    baselineValue: decimal("De nulmeting"),
    baselineYear: year("Het jaar van de nulmeting"),
    targetValue: decimal("De streefwaarde"),
    targetYear: year("Het streefjaar"),
  })
  .superRefine((v, ctx) => {
    if (!v.indicatorCode) return;
    const need = [
      ["areaCode", "Kies het gebied waarvoor de indicator telt."],
      ["baselineValue", "Vul de nulmeting in."],
      ["baselineYear", "Vul het jaar van de nulmeting in."],
      ["targetValue", "Vul de streefwaarde in."],
      ["targetYear", "Vul het streefjaar in."],
    ] as const;
    for (const [key, message] of need) if (v[key] === undefined) ctx.addIssue({ code: "custom", path: [key], message });
    if (v.baselineYear !== undefined && v.targetYear !== undefined && v.targetYear <= v.baselineYear)
      ctx.addIssue({ code: "custom", path: ["targetYear"], message: "Het streefjaar moet na het jaar van de nulmeting liggen." });
  });

export const linkAgendaItemSchema = z.object({ doelId: id("een doel"), agendaItemId: id("een agendapunt") });

export const vaststellenSchema = z.object({
  programmaId: id("een programma"),
  vastgesteldDoor: required("wie het programma vaststelde", 200),
  vastgesteldOp: z
    .string({ error: "Vul de datum van het besluit in." })
    .regex(/^\d{4}-\d{2}-\d{2}$/, "Vul de datum van het besluit in als 2026-12-01.")
    .transform((v) => new Date(`${v}T00:00:00Z`))
    .refine((d) => !Number.isNaN(d.getTime()) && d.getTime() <= Date.now() + 86_400_000, "De datum van het besluit ligt in de toekomst."),
  besluitKenmerk: required("het kenmerk van het besluit", 100),
});

export const programmaIdSchema = z.object({ programmaId: id("een programma") });

export const publishMonitorSchema = z.object({
  programmaId: id("een programma"),
  year: intInRange("Het jaar", 2000, 2100),
  watWerkte: required("wat werkte", 4000),
  watKanBeter: required("wat beter kan", 4000),
});

const isoDate = (label: string) =>
  z
    .string({ error: `Vul ${label} in.` })
    .trim()
    .regex(/^\d{4}-\d{2}-\d{2}$/, `Vul ${label} in als 2026-12-01.`)
    .refine((v) => new Date(`${v}T00:00:00Z`).toISOString().startsWith(v), "Deze datum bestaat niet.");
const optionalDate = (label: string) => z.preprocess(empty, isoDate(label).optional());

export const focusgebiedFasen = ["PROCESPLAN", "LUISTEREN", "BEELD_EN_ANALYSE", "PERSPECTIEF", "GEBIEDSAGENDA", "ACTIE"] as const;

export const createFocusgebiedSchema = z.object({
  stadsdeelId: id("een stadsdeel"),
  name: required("de naam", 100),
  description: optionalText(2000),
  buurtIds: z.preprocess((v) => (v === undefined ? [] : Array.isArray(v) ? v : [v]), z.array(z.string().max(64)).min(1, "Kies minstens één buurt.")),
});

/** The six phases at once: per phase an optional start and end ("fase.<FASE>.start"), end not before start. */
export const setFasenSchema = z
  .object({
    focusgebiedId: id("een focusgebied"),
    ...Object.fromEntries(
      focusgebiedFasen.flatMap((f) => [
        [`${f}_start`, optionalDate("de begindatum")],
        [`${f}_end`, optionalDate("de einddatum")],
      ]),
    ),
  })
  .superRefine((v, ctx) => {
    const r = v as Record<string, string | undefined>;
    for (const f of focusgebiedFasen) {
      if (r[`${f}_end`] && !r[`${f}_start`]) ctx.addIssue({ code: "custom", path: [`${f}_start`], message: "Vul ook de begindatum in." });
      if (r[`${f}_start`] && r[`${f}_end`] && r[`${f}_end`]! < r[`${f}_start`]!)
        ctx.addIssue({ code: "custom", path: [`${f}_end`], message: "De einddatum ligt voor de begindatum." });
    }
  });

export const addBijdrageSchema = z.object({
  focusgebiedId: id("een focusgebied"),
  organisationId: id("een organisatie"),
  what: required("wat de organisatie bijdraagt", 1000),
  committedOn: isoDate("de datum van de toezegging"),
});
