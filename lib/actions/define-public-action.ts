// The wrapper for residents' actions (no account): zod parse → the change
// in one transaction, retried once when two
// simultaneous submits collide on a unique key (a double click) → result
// values for useActionState, like defineAction for staff. Authorisation for
// residents is the signed link (lib/tokens.ts), checked by each handler.
import type { z } from "zod";
import { AppError } from "../errors.ts";
import { clientIp } from "../http/client-ip.ts";
import type { PrismaClient } from "../prisma-client.ts";
import type { ActionResult, FieldErrors, Tx } from "./define-action.ts";
import { formDataToObject } from "./define-action.ts";

export type PublicContext = { tx: Tx; prisma: PrismaClient; ip: string };

function fieldErrorsOf(error: z.ZodError): FieldErrors {
  const out: FieldErrors = {};
  for (const issue of error.issues) out[issue.path.join(".") || "form"] ??= issue.message;
  return out;
}

function isUniqueViolation(error: unknown): boolean {
  const e = error as { code?: string; meta?: { code?: string; driverAdapterError?: { cause?: { code?: string; originalCode?: string } } }; message?: string };
  return (
    e?.code === "P2002" ||
    e?.meta?.code === "23505" ||
    e?.meta?.driverAdapterError?.cause?.originalCode === "23505" ||
    /23505|unique constraint/i.test(e?.message ?? "")
  );
}

export function definePublicAction<S extends z.ZodType, T>(def: {
  name: string;
  schema: S;
  /** false: the handler makes its own single-statement transaction (gets the client as `tx`). */
  transaction?: boolean;
  handler: (ctx: PublicContext, input: z.output<S>) => Promise<T>;
}) {
  async function run(raw: unknown, prisma: PrismaClient, ip = "unknown"): Promise<ActionResult<T>> {
    const values = raw instanceof FormData ? formDataToObject(raw) : ((raw ?? {}) as Record<string, unknown>);
    const parsed = def.schema.safeParse(values);
    if (!parsed.success) {
      const fieldErrors = fieldErrorsOf(parsed.error);
      return { ok: false, error: fieldErrors.form ?? "Controleer de gemarkeerde velden.", fieldErrors, values };
    }
    for (let attempt = 0; ; attempt++) {
      try {
        const data =
          def.transaction === false
            ? await def.handler({ tx: prisma as unknown as Tx, prisma, ip }, parsed.data)
            : await prisma.$transaction((tx) => def.handler({ tx, prisma, ip }, parsed.data), { timeout: 30_000, maxWait: 30_000 });
        return { ok: true, data };
      } catch (error) {
        if (error instanceof AppError) return { ok: false, error: error.message, fieldErrors: error.fieldErrors, values };
        if (isUniqueViolation(error) && attempt === 0) continue; // the other submit won; the retry sees its row
        throw error;
      }
    }
  }

  async function invoke(raw: unknown): Promise<ActionResult<T>> {
    const [{ prisma }, { headers }] = await Promise.all([import("../db.ts"), import("next/headers")]);
    return run(raw, prisma, clientIp(await headers()));
  }

  return { name: def.name, run, invoke };
}
