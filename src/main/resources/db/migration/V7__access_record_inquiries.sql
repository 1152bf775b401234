-- The inquiries an access record names, one row each, so that an export of thousands of inquiries fits and
-- "who saw inquiry N" is an indexed lookup. Access records also say which file format an export produced.

create table access_record_inquiry (
    access_record_id bigint not null references access_record (id),
    inquiry_id       bigint not null,
    primary key (access_record_id, inquiry_id)
);
create index access_record_inquiry_by_inquiry on access_record_inquiry (inquiry_id);

-- Until now a record named one inquiry (an opening or a change; nothing wrote more than one id before exports
-- existed), kept as text in inquiry_ids.
insert into access_record_inquiry (access_record_id, inquiry_id)
    select id, cast(inquiry_ids as bigint) from access_record where inquiry_ids <> '' and inquiry_ids not like '%,%';

alter table access_record drop column inquiry_ids;
alter table access_record add column file_format varchar(10);
create index access_record_by_staff on access_record (staff_username, accessed_at);
