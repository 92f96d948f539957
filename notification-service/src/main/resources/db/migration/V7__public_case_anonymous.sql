-- Whether the caller was anonymous: a closure of a case with a caller waits for the caller's contact (name hash,
-- phone) before it is checked and published. Null for cases registered before: they are not waited for.
alter table public_case add column anonymous boolean;
