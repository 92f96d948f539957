-- Transactional outbox: an event row commits in the same transaction as the state change it describes.
create table outbox_event (
    seq           bigserial primary key,
    id            uuid        not null unique,
    topic         text        not null,
    type          text        not null,
    case_number   text        not null,
    source        text        not null,
    occurred_at   timestamptz not null,
    payload       text        not null,
    published_at  timestamptz
);
create index outbox_event_pending on outbox_event (seq) where published_at is null;

-- The relay lease: one instance of a service publishes at a time; another takes over when the lease lapses.
create table outbox_relay (
    id            int primary key check (id = 1),
    owner         text,
    heartbeat_at  timestamptz
);
insert into outbox_relay (id) values (1);

-- Idempotent inbox: an event id is stored in the same transaction as the state change it caused.
create table inbox_event (
    event_id      uuid        not null,
    consumer      text        not null,
    type          text        not null,
    case_number   text,
    processed_at  timestamptz not null default now(),
    primary key (event_id, consumer)
);
