-- No NOTIFY when an event is written. A NOTIFY takes a lock that is global to the PostgreSQL cluster at commit, so
-- every transaction that writes an event would commit one at a time, in all four services' databases at once
-- (measured: the two-insert pgbench transaction fell from ~2,200 to ~1,500 tx/s with it). The relay polls a cheap
-- index instead (hotline.outbox.poll-interval). This repeatable migration removes what an earlier version created.
drop trigger if exists outbox_event_notify on outbox_event;
drop function if exists hotline_outbox_notify();
