-- The routing table a dispatcher maintains: the most specific rule for (district, grid cell, category) wins.
create table routing_rule (
    id          bigserial   primary key,
    district    text        not null,
    grid_cell   text,
    category    text,
    squad       text        not null,
    updated_by  text        not null,
    updated_at  timestamptz not null
);
create unique index routing_rule_key on routing_rule (district, coalesce(grid_cell, ''), coalesce(category, ''));
insert into routing_rule (district, squad, updated_by, updated_at) values
    ('EAST', 'EAST-1', 'migration', now()), ('WEST', 'WEST-1', 'migration', now()),
    ('SOUTH', 'SOUTH-1', 'migration', now()), ('NORTH', 'NORTH-1', 'migration', now());

alter table dispatch add column grid_cell text;
alter table dispatch add column previous_dispatch_id bigint references dispatch (id);
alter table dispatch add column returned_at timestamptz;
alter table dispatch add column returned_by text;
alter table dispatch add column return_reason text;
alter table dispatch add column extension_status text;
alter table dispatch add column extension_until timestamptz;
alter table dispatch add column extension_reason text;
alter table dispatch add column extension_requested_by text;
alter table dispatch add column extension_requested_at timestamptz;
alter table dispatch add column extension_decided_by text;
alter table dispatch add column extension_decided_at timestamptz;
alter table dispatch add column on_site_warn_at timestamptz;
alter table dispatch add column resolve_warn_at timestamptz;
create index dispatch_queue on dispatch (status) where status in ('UNROUTED', 'RETURNED') or extension_status = 'REQUESTED';

-- Each deadline's alarms (warning, breach, escalation), fired exactly once: the row is locked, marked and its
-- event written to the outbox in one transaction. A scan reads only what has fallen due (partial index).
create table deadline_alarm (
    id           bigserial   primary key,
    dispatch_id  bigint      not null references dispatch (id),
    case_number  text        not null,
    kind         text        not null,
    stage        text        not null,
    due_at       timestamptz not null,
    fired_at     timestamptz,
    cancelled    boolean     not null default false,
    unique (dispatch_id, kind, stage)
);
create index deadline_alarm_due on deadline_alarm (due_at, id) where fired_at is null and not cancelled;
