-- Personal data is kept for a period after a request is closed (완료), then destroyed in place.
alter table inquiry add column closed_at timestamp with time zone;
alter table inquiry add column destroyed_at timestamp with time zone;
-- requests finished before this column existed count as closed when they were received (the earlier date)
update inquiry set closed_at = received_at where status = 'DONE';
create index inquiry_closed on inquiry (status, closed_at);
