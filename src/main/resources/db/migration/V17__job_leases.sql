-- Jobs that must run once per cluster, not once per server (ClusterLeases): the server that moves a job's lease
-- forward runs it; the others skip that round.
create table job_lease (
    name         varchar(60) primary key,
    holder       varchar(120),
    leased_until timestamp with time zone not null
);
insert into job_lease (name, leased_until) values ('personal-data-retention', timestamp with time zone '2000-01-01 00:00:00+00');
