-- The relay wakes up when a transaction that wrote events commits: PostgreSQL delivers a NOTIFY at commit, and only
-- if the transaction commits (several in one transaction arrive as one). A statement trigger, so that writing an
-- event costs no extra round trip.
create or replace function hotline_outbox_notify() returns trigger language plpgsql as $$
begin
    perform pg_notify('hotline_outbox', '');
    return null;
end
$$;

drop trigger if exists outbox_event_notify on outbox_event;
create trigger outbox_event_notify after insert on outbox_event
    for each statement execute function hotline_outbox_notify();
