-- Issue 16: work started from the back office that may take longer than a request should (an import of the old
-- site's posts, a KICOX workbook) runs beside the request; its progress and outcome live here, so that the page
-- showing them can be served by any server of a cluster. Portable between H2 2.x and PostgreSQL 13+.
create table long_task (
    id              varchar(36) primary key,
    label           varchar(300) not null,
    started_by      varchar(100) not null,
    started_at      timestamp with time zone not null,
    updated_at      timestamp with time zone not null,
    step            varchar(200) not null,
    done            bigint not null,
    total           bigint not null,
    state           varchar(10) not null,
    back_path       varchar(500) not null,
    outcome_path    varchar(500),
    outcome_message varchar(1000)
);

create index long_task_started_at on long_task (started_at);
