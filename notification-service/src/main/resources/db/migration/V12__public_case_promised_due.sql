-- The resolution deadline of each case's latest round before any extension: the on-time resolution rate is shown
-- with and without extensions (extensions shown apart, as the bureau's figures require). Cases recorded before this
-- knew only the current deadline.
alter table public_case add column promised_resolve_due timestamptz;
update public_case set promised_resolve_due = resolve_due;
