-- Reopened rounds point at the round before; index the reference (foreign-key checks, round history look-ups).
create index dispatch_previous on dispatch (previous_dispatch_id) where previous_dispatch_id is not null;
