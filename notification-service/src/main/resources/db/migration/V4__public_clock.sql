-- Each case's latest round as the public may see it: deadlines and when they were met, and the caller's verdict.
alter table public_case add column on_site_due timestamptz;
alter table public_case add column on_site_at timestamptz;
alter table public_case add column resolved_at timestamptz;
alter table public_case add column satisfaction text;
