-- Administrators manage staff accounts: a password set by an administrator (a new account's first password or a
-- reset) is temporary, and its owner must choose their own before using the back office.
-- Counting the inquiries that agreed to each consent notice version reads consent_record by notice.

alter table staff_user add column password_change_required boolean default false not null;
alter table staff_user add column password_changed_at timestamp with time zone;

create index consent_record_notice on consent_record (consent_notice_id);
