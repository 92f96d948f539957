-- The caller's name, only as a salted hash: enough to recognise it in a public summary, useless to a reader of this table.
create table caller_name (
    case_number  text primary key,
    name_hash    text not null
);

-- An outcome whose public text gave away personal data: held back until someone writes a clean summary.
create table held_entry (
    case_number     text primary key,
    reason          text        not null,
    outcome         text,
    public_summary  text,
    satisfaction    text,
    resolved_at     timestamptz,
    closed_at       timestamptz,
    held_at         timestamptz not null
);

-- A correction is a new entry pointing at the entry it corrects; entries are never edited.
alter table disclosure_entry add column corrects_seq bigint;
