-- Makes the demo newsroom 1 000 published posts: copies of the demo posts, each with its own title, slug and date.
insert into news_post (title, slug, summary, body, category_id, cover_image_id, cover_caption, status, published_at,
                       author_name, created_at, updated_at, version)
select p.title || ' (' || n || ')', p.slug || '-' || n, p.summary, p.body, p.category_id, p.cover_image_id,
       p.cover_caption, 'PUBLISHED', now() - (n || ' hours')::interval, p.author_name, now(), now(), 0
from generate_series(1, :target) as n
join lateral (select * from news_post where status = 'PUBLISHED' order by id offset (n % (select count(*) from news_post where status = 'PUBLISHED')) limit 1) p on true
where n <= :target - (select count(*) from news_post where status = 'PUBLISHED');
-- Every published post has been read some times, so that lists and articles join real rows of news_post_views.
insert into news_post_views (post_id, views)
select p.id, 1 + (p.id * 7919) % 5000 from news_post p
where p.status = 'PUBLISHED' and not exists (select 1 from news_post_views v where v.post_id = p.id);
-- Requests from the benchmark's one client must not meet the per-client limit.
update site_setting set setting_value = '1000000' where setting_key = 'inquiries.rateLimit';
update site_setting set setting_value = '1' where setting_key = 'inquiries.rateWindowMinutes';
