-- A retried POST with the same Idempotency-Key returns the case it created; the hash detects a different body.
create table idempotency_key (
    key           text        primary key,
    operator      text        not null,
    request_hash  text        not null,
    case_number   text,
    created_at    timestamptz not null
);

-- Likely duplicates: same category at the same (normalised) address within a window.
alter table hotline_case add column address_key text;
alter table hotline_case add column duplicate_of text;
create index hotline_case_duplicates on hotline_case (category, address_key, received_at desc)
    where address_key is not null and status <> 'CLOSED';
create index hotline_case_search on hotline_case (status, received_at desc, id desc);

-- Every correction, field by field, with who and when.
create table case_change (
    id           bigserial   primary key,
    case_number  text        not null,
    field        text        not null,
    old_value    text,
    new_value    text,
    changed_by   text        not null,
    changed_at   timestamptz not null
);
create index case_change_case on case_change (case_number, id);

-- The case's steps across the services, from their events (and intake's own).
create table case_step (
    id           bigserial   primary key,
    case_number  text        not null,
    step         text        not null,
    at           timestamptz not null,
    round        int,
    squad        text,
    detail       text,
    event_id     uuid        unique
);
create index case_step_case on case_step (case_number, at, id);
