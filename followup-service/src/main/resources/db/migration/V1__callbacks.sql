-- What followup needs to know of each case, from intake's case.registered.
create table case_facts (
    case_number         text primary key,
    channel             text        not null,
    category            text        not null,
    district            text        not null,
    anonymous           boolean     not null,
    callback_requested  boolean     not null,
    received_at         timestamptz not null
);

create table callback (
    id              bigserial primary key,
    case_number     text        not null,
    dispatch_id     bigint      not null,
    round           int         not null,
    squad           text        not null,
    outcome         text        not null,
    public_summary  text        not null,
    resolved_at     timestamptz not null,
    due_at          timestamptz not null,
    status          text        not null,
    result          text,
    attempts        int         not null default 0,
    notes           text,
    closed_at       timestamptz,
    closed_by       text,
    version         int         not null default 0,
    unique (case_number, round)
);
create index callback_open on callback (due_at) where status = 'DUE';
