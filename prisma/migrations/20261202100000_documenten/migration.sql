-- Documents of the stadsdeelanalyse: verkenningen, studies and analyses per
-- stadsdeel (or for the whole city), stored in the database (PDF and office
-- files, at most 10 MB), public only when marked so and from their
-- openbaar-vanaf date; otherwise only staff who may read the stadsdeel.
CREATE TYPE "DocumentKind" AS ENUM ('VERKENNING', 'STUDIE', 'ANALYSE', 'OVERIG');

CREATE TABLE "Document" (
    "id" TEXT NOT NULL,
    "stadsdeelId" TEXT,
    "title" TEXT NOT NULL,
    "kind" "DocumentKind" NOT NULL,
    "year" INTEGER,
    "fileName" TEXT NOT NULL,
    "mimeType" TEXT NOT NULL,
    "size" INTEGER NOT NULL,
    "content" BYTEA NOT NULL,
    "isPublic" BOOLEAN NOT NULL DEFAULT false,
    "openbaarVanaf" DATE,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "Document_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "Document_title_check" CHECK (length(trim("title")) > 0),
    CONSTRAINT "Document_size_check" CHECK ("size" > 0 AND "size" <= 10485760)
);
CREATE INDEX "Document_stadsdeelId_idx" ON "Document"("stadsdeelId");
ALTER TABLE "Document" ADD CONSTRAINT "Document_stadsdeelId_fkey" FOREIGN KEY ("stadsdeelId") REFERENCES "Stadsdeel"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
