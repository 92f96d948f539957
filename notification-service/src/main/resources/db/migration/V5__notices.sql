-- What supervisors must hear at once (new work, deadline warnings) for their squad; streamed from here, so any
-- instance serves any supervisor and a reconnect resumes where it left off.
create table squad_notice (
    id           bigserial   primary key,
    squad        text        not null,
    kind         text        not null,
    case_number  text        not null,
    dispatch_id  bigint      not null,
    detail       text,
    at           timestamptz not null
);
create index squad_notice_squad on squad_notice (squad, id);

-- Where to send the complainant's outcome notice (personal data: never public, never logged).
create table complainant_phone (
    case_number  text primary key,
    phone        text not null
);
