-- When the account's owner was last warned by e-mail of many failed logins.
ALTER TABLE "LoginThrottle" ADD COLUMN "warnedAt" TIMESTAMPTZ(3);

-- Accounts are no longer locked, only slowed down: free anyone locked out at the moment of the upgrade.
UPDATE "LoginThrottle" SET "lockedUntil" = NULL WHERE "key" LIKE 'account:%';
