-- Where the case is, as intake publishes it: rounded to the street (three decimals), for Open311's lat/long.
alter table public_case add column latitude double precision;
alter table public_case add column longitude double precision;
-- A case whose public summary is held is closed all the same (Open311 and the figures say so): its closure time
-- is public_case.closed_at (V9); nothing more to store.
