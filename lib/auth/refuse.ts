// Turns the data layer's refusals (AppError FORBIDDEN / NOT_FOUND) into what
// a page or a route handler answers: Next's 403 and 404 for pages, a plain
// response for route handlers. Anything else is a bug and is rethrown.
import "server-only";
import { forbidden, notFound } from "next/navigation";
import { AppError } from "@/lib/errors";

/** For pages and layouts: the value, or a real 403/404. */
export async function orRefuse<T>(load: Promise<T>): Promise<T> {
  try {
    return await load;
  } catch (error) {
    if (error instanceof AppError && error.code === "NOT_FOUND") notFound();
    if (error instanceof AppError && error.code === "FORBIDDEN") forbidden();
    throw error;
  }
}

/** For route handlers: the refusal as a response, or undefined for other errors. */
export function refusalResponse(error: unknown): Response {
  if (error instanceof AppError && error.code === "NOT_FOUND") return new Response("Niet gevonden.", { status: 404 });
  if (error instanceof AppError && error.code === "FORBIDDEN") return new Response("Geen toegang.", { status: 403 });
  throw error;
}
