-- Who took a step, where another service tells: the supervisor who returned a dispatch (退单), the dispatcher who
-- re-routed it (改派).
alter table case_step add column actor text;
