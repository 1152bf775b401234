-- Issue 15: how often a post was read moves out of news_post into a table of its own. The count is added to every
-- few seconds; as a column of news_post, each such bulk update made Hibernate drop every post from the
-- second-level cache (on every node of a cluster). A post without a row has been read 0 times. Portable between
-- H2 2.x and PostgreSQL 13+.
create table news_post_views (
    post_id bigint primary key references news_post (id) on delete cascade,
    views   bigint not null
);

insert into news_post_views (post_id, views)
select id, view_count from news_post where view_count <> 0;

alter table news_post drop column view_count;
