-- News and consultations about a complex (issue 13, part "links").
--
-- A consultation request keeps the complex it was sent about: its id and a snapshot of its name as the visitor saw
-- it ("남동국가산업단지 (인천 남동구)"). No foreign key on purpose: an import's undo may remove a complex it created,
-- and a consultation request is a record of what a visitor asked, which must outlive that; the page then shows the
-- snapshot without a link.
alter table inquiry add column complex_id bigint;
alter table inquiry add column complex_name varchar(300);

-- The complexes an editor tagged a post with. The undo of an import refuses to remove a complex a post is tagged
-- with (news.PostComplexUsage), so the foreign key always holds; a deleted post takes its tags with it.
create table news_post_complex (
    post_id    bigint not null references news_post (id) on delete cascade,
    complex_id bigint not null references industrial_complex (id),
    primary key (post_id, complex_id)
);
create index news_post_complex_complex on news_post_complex (complex_id);

-- The tags are part of a post's revisions, as its other fields (Envers' table for the collection).
create table news_post_complex_aud (
    rev        bigint   not null references content_revision (id),
    revtype    smallint,
    post_id    bigint   not null,
    complex_id bigint   not null,
    primary key (rev, post_id, complex_id)
);
