-- Issue 17: nothing waits unseen. Each request has a first-response target counted in working hours (site settings
-- below, Korean public holidays in public_holiday) and is flagged once past it; the reminder it sets off is recorded
-- so that no server sends it twice. Staff accounts get the address reminders go to. Portable between H2 2.x and
-- PostgreSQL 13+.
alter table inquiry add column respond_by timestamp with time zone;
alter table inquiry add column reminded_at timestamp with time zone;
create index inquiry_waiting on inquiry (status, respond_by);

alter table staff_user add column email varchar(254);

-- The daily digest is about several requests, not one.
alter table mail_outbox alter column inquiry_id drop not null;

insert into site_setting (setting_key, setting_value) values
    ('inquiries.response.targetHours', '9'),
    ('inquiries.response.dayStarts', '09:00'),
    ('inquiries.response.dayEnds', '18:00'),
    ('inquiries.assignment.roundRobin', 'false');

insert into job_lease (name, leased_until) values ('inquiry-response-digest', timestamp with time zone '2000-01-01 00:00:00+00');

-- Days no one works on (besides weekends), kept by administrators at /admin/system/holidays. Pre-filled with the
-- public holidays of 2026 and 2027 as published (관공서의 공휴일에 관한 규정), substitute holidays included.
create table public_holiday (
    holiday_date date primary key,
    name         varchar(60) not null
);
insert into public_holiday (holiday_date, name) values
    (date '2026-01-01', '신정'),
    (date '2026-02-16', '설날 연휴'),
    (date '2026-02-17', '설날'),
    (date '2026-02-18', '설날 연휴'),
    (date '2026-03-01', '삼일절'),
    (date '2026-03-02', '대체공휴일(삼일절)'),
    (date '2026-05-05', '어린이날'),
    (date '2026-05-24', '부처님오신날'),
    (date '2026-05-25', '대체공휴일(부처님오신날)'),
    (date '2026-06-03', '전국동시지방선거'),
    (date '2026-06-06', '현충일'),
    (date '2026-08-15', '광복절'),
    (date '2026-08-17', '대체공휴일(광복절)'),
    (date '2026-09-24', '추석 연휴'),
    (date '2026-09-25', '추석'),
    (date '2026-09-26', '추석 연휴'),
    (date '2026-10-03', '개천절'),
    (date '2026-10-05', '대체공휴일(개천절)'),
    (date '2026-10-09', '한글날'),
    (date '2026-12-25', '성탄절'),
    (date '2027-01-01', '신정'),
    (date '2027-02-06', '설날 연휴'),
    (date '2027-02-07', '설날'),
    (date '2027-02-08', '설날 연휴'),
    (date '2027-02-09', '대체공휴일(설날)'),
    (date '2027-03-01', '삼일절'),
    (date '2027-05-05', '어린이날'),
    (date '2027-05-13', '부처님오신날'),
    (date '2027-06-06', '현충일'),
    (date '2027-08-15', '광복절'),
    (date '2027-08-16', '대체공휴일(광복절)'),
    (date '2027-09-14', '추석 연휴'),
    (date '2027-09-15', '추석'),
    (date '2027-09-16', '추석 연휴'),
    (date '2027-10-03', '개천절'),
    (date '2027-10-04', '대체공휴일(개천절)'),
    (date '2027-10-09', '한글날'),
    (date '2027-10-11', '대체공휴일(한글날)'),
    (date '2027-12-25', '성탄절'),
    (date '2027-12-27', '대체공휴일(성탄절)');
