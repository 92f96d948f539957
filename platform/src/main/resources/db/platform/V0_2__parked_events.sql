-- Events that arrived before a fact they need (which travels on another topic): kept here, in the consumer's own
-- database, and applied in arrival order the moment an event of the same case arrives on another topic.
-- Recorded in inbox_event when parked, so that a redelivery is a duplicate; deleted in the transaction that applies it.
create table parked_event (
    seq           bigserial   primary key,
    consumer      text        not null,
    case_number   text        not null,
    topic         text        not null,
    event_id      uuid        not null,
    type          text        not null,
    source        text,
    subject       text,
    data          text,
    waiting_for   text        not null,
    parked_at     timestamptz not null default now(),
    attempts      int         not null default 0,
    last_error    text
);
create index parked_event_case on parked_event (consumer, case_number, seq);
