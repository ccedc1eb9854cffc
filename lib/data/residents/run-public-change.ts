// Runs a resident's change behind a signed link in one transaction for a
// route handler (which may not import the database client itself): true
// when done, false when the link was refused (an AppError).
import "server-only";
import type { Tx } from "@/lib/actions/define-action";
import { prisma } from "@/lib/db";
import { AppError } from "@/lib/errors";

export async function runPublicChange(change: (tx: Tx) => Promise<unknown>): Promise<boolean> {
  try {
    await prisma.$transaction((tx) => change(tx));
    return true;
  } catch (error) {
    if (error instanceof AppError) return false;
    throw error;
  }
}
