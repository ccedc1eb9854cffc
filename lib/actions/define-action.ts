// The one wrapper every server action is built with (after dub's action
// client): coarse role check (deny by default) → zod parse → fine-grained
// authorisation and the change, together in one transaction → an audit
// event in that same transaction. Returns values for useActionState:
// { ok: true, data } or { ok: false, error, fieldErrors, values } where
// `values` is what the user typed, so the form can show it again.
// `run(user, input, prisma)` is the testable core; `invoke(input)` binds it
// to the signed-in user and the app's database inside Next.js.
import type { z } from "zod";
import type { Role } from "../../generated/prisma/enums.ts";
import type { PrismaClient } from "../prisma-client.ts";
import type { SessionUser } from "../auth/permissions.ts";
import { AppError } from "../errors.ts";

export type FieldErrors = Record<string, string>;
export type ActionResult<T> = { ok: true; data: T } | { ok: false; error: string; fieldErrors?: FieldErrors; values?: Record<string, unknown> };

export type Tx = Parameters<Parameters<PrismaClient["$transaction"]>[0]>[0];

export type ActionContext = {
  user: SessionUser;
  tx: Tx;
  /** Records who did what to which record, in the action's transaction. */
  audit: (entityType: string, entityId: string | null, details?: Record<string, unknown>) => Promise<void>;
};

export const FORBIDDEN_MESSAGE = "U heeft geen toegang tot deze handeling.";

/** FormData → plain object; repeated keys become arrays; Next's own fields are dropped. */
export function formDataToObject(form: FormData): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const key of new Set(form.keys())) {
    if (key.startsWith("$ACTION")) continue;
    const all = form.getAll(key).map((v) => (typeof v === "string" ? v : v.name));
    out[key] = all.length > 1 || key.endsWith("[]") ? all : all[0];
  }
  return Object.fromEntries(Object.entries(out).map(([k, v]) => [k.replace(/\[\]$/, ""), v]));
}

function fieldErrorsOf(error: z.ZodError): FieldErrors {
  const out: FieldErrors = {};
  for (const issue of error.issues) {
    const key = issue.path.join(".") || "form";
    out[key] ??= issue.message;
  }
  return out;
}

export function defineAction<S extends z.ZodType, T>(def: {
  /** Audit name, e.g. "bijeenkomst.create". */
  name: string;
  /** Roles that may call this action at all. */
  roles: Role[];
  schema: S;
  /** Fine-grained check on the parsed input (stadsdeel, department). Throw AppError("FORBIDDEN") or return false to refuse. */
  authorize: (ctx: ActionContext, input: z.output<S>) => Promise<boolean> | boolean;
  handler: (ctx: ActionContext, input: z.output<S>) => Promise<T>;
}) {
  async function run(user: SessionUser | null, raw: unknown, prisma: PrismaClient): Promise<ActionResult<T>> {
    const values = raw instanceof FormData ? formDataToObject(raw) : ((raw ?? {}) as Record<string, unknown>);
    // What goes back to the form on a refusal: not an uploaded file's content (the browser still has it).
    const typed = () => Object.fromEntries(Object.entries(values).filter(([, v]) => !(typeof v === "string" && v.length > 100_000)));
    if (!user) return { ok: false, error: "U bent niet (meer) ingelogd. Log opnieuw in." };
    if (!def.roles.includes(user.role)) return { ok: false, error: FORBIDDEN_MESSAGE };
    const parsed = def.schema.safeParse(values);
    if (!parsed.success) {
      const fieldErrors = fieldErrorsOf(parsed.error);
      return { ok: false, error: fieldErrors.form ?? "Controleer de gemarkeerde velden.", fieldErrors, values: typed() };
    }
    try {
      const data = await prisma.$transaction(
        async (tx) => {
          const ctx: ActionContext = {
            user,
            tx,
            audit: async (entityType, entityId, details) => {
              await tx.auditEvent.create({
                data: { actorId: user.id, actorKind: "staff", action: def.name, entityType, entityId, details: (details ?? undefined) as object | undefined },
              });
            },
          };
          if (!(await def.authorize(ctx, parsed.data))) throw new AppError("FORBIDDEN", FORBIDDEN_MESSAGE);
          return def.handler(ctx, parsed.data);
        },
        { timeout: 60_000, maxWait: 10_000 },
      );
      return { ok: true, data };
    } catch (error) {
      if (error instanceof AppError) return { ok: false, error: error.message, fieldErrors: error.fieldErrors, values: typed() };
      throw error;
    }
  }

  async function invoke(raw: unknown): Promise<ActionResult<T>> {
    const [{ getCurrentUser }, { prisma }] = await Promise.all([import("../auth/current-user.ts"), import("../db.ts")]);
    return run(await getCurrentUser(), raw, prisma);
  }

  return { name: def.name, run, invoke };
}
