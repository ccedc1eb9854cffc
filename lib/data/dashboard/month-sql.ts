// An instant as the rollups' month label: the date of its day on the
// Amsterdam calendar (a period's from/to are Dutch month starts, so this is
// the first of the month the rollups' amsterdam_month() would give).
import "server-only";
import { Prisma } from "@/generated/prisma/client";

export const monthLabel = (instant: Date) => Prisma.sql`(${instant}::timestamptz AT TIME ZONE 'Europe/Amsterdam')::date`;
