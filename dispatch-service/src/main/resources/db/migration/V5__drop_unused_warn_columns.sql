-- Warnings are deadline_alarm rows (stage WARNING); these columns were never written or read.
alter table dispatch drop column if exists on_site_warn_at;
alter table dispatch drop column if exists resolve_warn_at;
