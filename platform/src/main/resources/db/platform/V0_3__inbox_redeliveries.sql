-- How often an event already processed was delivered again (each one counted as a duplicate and changing nothing).
alter table inbox_event add column redeliveries int not null default 0;
