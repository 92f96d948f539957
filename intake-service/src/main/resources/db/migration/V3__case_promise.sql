-- The promise of the case's current dispatch round, as dispatch set it: what the operator reads out to the caller.
alter table hotline_case add column on_site_due timestamptz;
alter table hotline_case add column resolve_due timestamptz;
