// Schemas for the stadsdeelanalyse: the indicator catalogue and the two
// imports (a peiling CSV, a CBS Kerncijfers table). Messages in Dutch.
import { z } from "zod";
import { intInRange, optionalText, required } from "./common.ts";

const applyFlag = z.preprocess((v) => v === "1" || v === true, z.boolean());
const upload = (maxMb: number) =>
  z
    .string({ error: "Kies een CSV-bestand." })
    .min(1, "Kies een CSV-bestand.")
    .max(maxMb * 1_000_000, `Het bestand is te groot (maximaal ${maxMb} MB).`);

export const peilingImportSchema = z.object({
  source: required("de bron (bijvoorbeeld: Buurtpeiling 2025)", 200),
  fileName: z.string().max(200).default(""),
  payload: upload(10),
  apply: applyFlag,
});

export const cbsKerncijfersImportSchema = z.object({
  year: intInRange("Het jaar", 1990, 2100),
  fileName: z.string().max(200).default(""),
  payload: upload(30),
  apply: applyFlag,
});

export const indicatorUnits = ["PERCENTAGE", "AANTAL", "PER_1000_INWONERS", "RAPPORTCIJFER", "EURO_1000"] as const;
export const indicatorPolarities = ["HOGER_BETER", "LAGER_BETER", "NEUTRAAL"] as const;
export const indicatorKinds = ["EFFECT", "PRESTATIE", "CONTEXT"] as const;

export const indicatorSchema = z.object({
  code: z
    .string({ error: "Vul een code in." })
    .trim()
    .toLowerCase()
    .regex(
      /^[a-z0-9][a-z0-9._-]{1,63}$/,
      "Een code is 2 tot 64 tekens: kleine letters, cijfers, punt, streepje of liggend streepje (bijvoorbeeld peiling.veilig-buurt).",
    ),
  name: required("de naam", 150),
  unit: z.enum(indicatorUnits, { error: "Kies een eenheid." }),
  polarity: z.enum(indicatorPolarities, { error: "Kies wat beter is." }),
  kind: z.enum(indicatorKinds, { error: "Kies de soort." }),
  source: required("de bron", 200),
  sourceUrl: z.preprocess(
    (v) => (v === "" ? undefined : v),
    z
      .url({ protocol: /^https?$/, error: "Vul een webadres in dat begint met https://." })
      .max(500)
      .optional(),
  ),
  licence: optionalText(100),
  question: optionalText(500),
  cbsKey: z.preprocess(
    (v) => (typeof v === "string" && v.trim() === "" ? undefined : typeof v === "string" ? v.trim().replace(/_\d+$/, "") : v),
    z
      .string()
      .regex(/^[A-Za-z][A-Za-z0-9_]{1,80}$/, "Een CBS-sleutel is de kolomnaam zonder het nummer erachter, bijvoorbeeld GemiddeldeHuishoudensgrootte.")
      .optional(),
  ),
});

export const unitLabels: Record<(typeof indicatorUnits)[number], string> = {
  PERCENTAGE: "percentage",
  AANTAL: "aantal",
  PER_1000_INWONERS: "per 1.000 inwoners",
  RAPPORTCIJFER: "rapportcijfer (1–10)",
  EURO_1000: "× € 1.000",
};
export const polarityLabels: Record<(typeof indicatorPolarities)[number], string> = {
  HOGER_BETER: "hoger is beter",
  LAGER_BETER: "lager is beter",
  NEUTRAAL: "geen richting (achtergrond)",
};
export const kindLabels: Record<(typeof indicatorKinds)[number], string> = {
  EFFECT: "effect (wat er in de buurt verandert)",
  PRESTATIE: "prestatie (wat wij leveren)",
  CONTEXT: "context (achtergrond)",
};

export const documentKinds = ["VERKENNING", "STUDIE", "ANALYSE", "OVERIG"] as const;
export const documentKindLabels: Record<(typeof documentKinds)[number], string> = {
  VERKENNING: "Verkenning",
  STUDIE: "Studie",
  ANALYSE: "Analyse",
  OVERIG: "Overig",
};

export const uploadDocumentSchema = z.object({
  stadsdeelId: z.preprocess((v) => (v === "" ? undefined : v), z.string().max(64).optional()),
  title: required("de titel", 200),
  kind: z.enum(documentKinds, { error: "Kies de soort document." }),
  year: z.preprocess((v) => (v === "" ? undefined : v), intInRange("Het jaar", 1990, 2100).optional()),
  isPublic: z.preprocess((v) => v === "on" || v === "1" || v === true, z.boolean()),
  openbaarVanaf: z.preprocess(
    (v) => (v === "" ? undefined : v),
    z
      .string()
      .regex(/^\d{4}-\d{2}-\d{2}$/, "Vul een datum in als 2027-01-01.")
      .optional(),
  ),
  fileName: z.string().max(200).default(""),
  /** The file as base64 (at most 10 MB). */
  payload: z.string({ error: "Kies een bestand." }).min(1, "Kies een bestand.").max(14_000_000, "Het bestand is te groot (maximaal 10 MB)."),
});
