-- Who sent a dispatch to another squad, and when.
alter table dispatch add column rerouted_by text;
alter table dispatch add column rerouted_at timestamptz;
