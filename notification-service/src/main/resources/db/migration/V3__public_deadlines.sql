-- The public clock of each case: the current resolution deadline (Open311 expected_datetime), from dispatch's events.
alter table public_case add column resolve_due timestamptz;
create index public_case_received on public_case (received_at desc);
