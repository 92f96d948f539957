-- How to reach the caller (personal data, from intake's internal contacts topic): shown on the worklist only.
create table caller_contact (
    case_number  text primary key,
    name         text not null,
    phone        text not null
);

alter table callback add column next_attempt_at timestamptz;
alter table callback add column warned_at timestamptz;
alter table callback add column breached_at timestamptz;
alter table callback add column first_contact_at timestamptz;
update callback set next_attempt_at = due_at where next_attempt_at is null;
create index callback_overdue on callback (due_at) where status = 'DUE' and breached_at is null;

-- Each dispatch round as the assessment needs it, from dispatch's events.
create table round_facts (
    dispatch_id          bigint      primary key,
    case_number          text        not null,
    round                int         not null,
    squad                text,
    on_site_due          timestamptz not null,
    on_site_at           timestamptz,
    resolve_due          timestamptz not null,
    original_resolve_due timestamptz not null,
    resolved_at          timestamptz
);
create index round_facts_case on round_facts (case_number);
