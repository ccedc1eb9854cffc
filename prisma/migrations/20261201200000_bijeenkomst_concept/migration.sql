-- A bijeenkomst can be a concept (publishedAt NULL) before it goes public.
-- Existing bijeenkomsten were public from their creation.
ALTER TABLE "Bijeenkomst" ADD COLUMN "publishedAt" TIMESTAMP(3) DEFAULT CURRENT_TIMESTAMP;
UPDATE "Bijeenkomst" SET "publishedAt" = "createdAt";
