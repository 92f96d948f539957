-- The complainant's outcome notice: written in the transaction that records the closure, sent afterwards by
-- OutcomeNotices. A retried transaction never sends twice, and a gateway that is down holds up nothing (the public
-- feed least of all): the notice waits here and is tried again later. The phone stays in complainant_phone.
create table outcome_notice (
    case_number      text        primary key,
    message          text        not null,
    created_at       timestamptz not null,
    attempts         int         not null default 0,
    next_attempt_at  timestamptz not null,
    sent_at          timestamptz
);
create index outcome_notice_due on outcome_notice (next_attempt_at) where sent_at is null;
