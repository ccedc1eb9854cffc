-- SSO accounts are bound to the identity provider's subject (sub/oid) at
-- their first login; afterwards only that subject signs in to the account.
ALTER TABLE "User" ADD COLUMN "oidcSubject" TEXT;
CREATE UNIQUE INDEX "User_oidcSubject_key" ON "User"("oidcSubject");
