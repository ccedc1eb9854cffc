// Building blocks for form schemas: Dutch messages, empty strings as
// "not filled in", Amsterdam wall-clock times, checkbox groups.
import { z } from "zod";
import { fromLocalInput } from "../datetime.ts";

export const required = (label: string, max = 200) =>
  z
    .string({ error: `Vul ${label} in.` })
    .trim()
    .min(1, `Vul ${label} in.`)
    .max(max, `${label[0].toUpperCase()}${label.slice(1)} is te lang (maximaal ${max} tekens).`);

export const optionalText = (max: number) =>
  z.preprocess((v) => (typeof v === "string" && v.trim() === "" ? undefined : v), z.string().trim().max(max, `Maximaal ${max} tekens.`).optional());

export const id = (label: string) =>
  z
    .string({ error: `Kies ${label}.` })
    .trim()
    .min(1, `Kies ${label}.`)
    .max(64);

export const optionalId = z.preprocess((v) => (v === "" || v === null ? undefined : v), z.string().trim().max(64).optional());

export const localDateTime = (label: string) =>
  z
    .string({ error: `Vul ${label} in.` })
    .trim()
    .min(1, `Vul ${label} in.`)
    .transform((v, ctx) => {
      const d = fromLocalInput(v);
      if (!d) {
        ctx.addIssue({ code: "custom", message: `${label[0].toUpperCase()}${label.slice(1)} is geen geldige datum en tijd.` });
        return z.NEVER;
      }
      return d;
    });

export const optionalLocalDateTime = (label: string) => z.preprocess((v) => (v === "" || v === null ? undefined : v), localDateTime(label).optional());

export const intInRange = (label: string, min: number, max: number) =>
  z.coerce
    .number({ error: `${label} moet een getal zijn.` })
    .int(`${label} moet een heel getal zijn.`)
    .min(min, `${label} is minimaal ${min}.`)
    .max(max, `${label} is maximaal ${max}.`);

/** A checkbox group: absent → [], one value → [value]. */
export const checkboxes = <const T extends readonly [string, ...string[]]>(values: T, label: string) =>
  z.preprocess((v) => (v === undefined ? [] : Array.isArray(v) ? v : [v]), z.array(z.enum(values, { error: `Onbekende keuze bij ${label}.` })));

export const latitude = z.coerce.number({ error: "Ongeldige plek op de kaart." }).min(-90).max(90);
export const longitude = z.coerce.number({ error: "Ongeldige plek op de kaart." }).min(-180).max(180);
