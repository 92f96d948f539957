-- Every callback answer, in the month it was given: satisfied and basically satisfied close a case, dissatisfied
-- reopens it (or escalates it past the limit). The public satisfaction rate counts them all, as the auditors do;
-- counted from closures alone it could never show a dissatisfied caller.
create table public_callback (
    id           bigserial   primary key,
    case_number  text        not null,
    result       text        not null,
    answered_at  timestamptz not null
);
create index public_callback_answered on public_callback (answered_at);
