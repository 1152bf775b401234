-- A request sent again under the same key (a form's hidden token, the API's Idempotency-Key) is recognised
-- instead of stored twice; the unique index decides between two copies that race each other.
alter table inquiry add column submission_key varchar(100);
create unique index inquiry_submission_key on inquiry (submission_key);
