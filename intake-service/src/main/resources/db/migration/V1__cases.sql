create table hotline_case (
    id                  bigserial primary key,
    case_number         text        not null unique,
    channel             text        not null,
    received_at         timestamptz not null,
    anonymous           boolean     not null,
    caller_name         text,
    caller_phone        text,
    callback_requested  boolean     not null,
    category            text        not null,
    priority            text        not null,
    district            text        not null,
    street              text        not null,
    address             text,
    grid_cell           text,
    latitude            double precision,
    longitude           double precision,
    description         text        not null,
    status              text        not null,
    registered_by       text        not null,
    registered_at       timestamptz not null,
    version             int         not null default 0
);
create index hotline_case_phone on hotline_case (caller_phone, received_at desc) where caller_phone is not null;
create index hotline_case_received on hotline_case (received_at desc, id desc);

-- Daily sequence per channel, for case numbers a caller can read out: H-261129-0007.
create table case_number_sequence (
    channel  text not null,
    day      date not null,
    last     int  not null,
    primary key (channel, day)
);
