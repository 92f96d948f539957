-- When each case closed: the caller's phone and name fingerprint are erased a set time after (personal-data retention).
alter table public_case add column closed_at timestamptz;
create index public_case_closed on public_case (closed_at) where closed_at is not null;
