-- Callers' names were kept as a SHA-256 with a salt written in the source: every two-character name could be found
-- again in about a second. They are now an HMAC under a deployment secret (PublicTextGuard); the old values cannot
-- be converted and are dropped (a summary of such a case is still checked for phones, ID and house numbers).
delete from caller_name;
