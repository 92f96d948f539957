-- The public facts of each case, from intake's case.registered (no caller, no house number).
create table public_case (
    case_number  text primary key,
    channel      text        not null,
    category     text        not null,
    district     text        not null,
    street       text        not null,
    received_at  timestamptz not null
);

-- The disclosure feed: append-only, each entry's hash covers its content and the previous entry's hash.
create table disclosure_entry (
    seq             bigint primary key,
    case_number     text        not null,
    channel         text        not null,
    category        text        not null,
    district        text        not null,
    street          text        not null,
    status          text        not null,
    outcome         text,
    public_summary  text,
    satisfaction    text,
    received_at     timestamptz not null,
    resolved_at     timestamptz,
    closed_at       timestamptz,
    published_at    timestamptz not null,
    prev_hash       text        not null,
    hash            text        not null unique
);
create index disclosure_entry_case on disclosure_entry (case_number);
