-- When the sweep next tries a parked event (the arrival of its fact tries it at once, whatever this says): later
-- the longer it has waited, so that an event whose fact never comes costs little.
alter table parked_event add column retry_at timestamptz not null default now();
