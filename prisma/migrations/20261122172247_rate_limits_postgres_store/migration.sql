/*
  Warnings:

  - You are about to drop the `RateLimiterFlexible` table. If the table is not empty, all the data it contains will be lost.

*/
-- DropTable
DROP TABLE "RateLimiterFlexible";

-- CreateTable
CREATE TABLE "rate_limits" (
    "key" VARCHAR(255) NOT NULL,
    "points" INTEGER NOT NULL DEFAULT 0,
    "expire" BIGINT,

    CONSTRAINT "rate_limits_pkey" PRIMARY KEY ("key")
);

-- CreateIndex
CREATE INDEX "rate_limits_expire_idx" ON "rate_limits"("expire");
