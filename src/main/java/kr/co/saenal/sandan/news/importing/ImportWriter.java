package kr.co.saenal.sandan.news.importing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import kr.co.saenal.sandan.comment.ImportedComments;
import kr.co.saenal.sandan.media.ImageDescription;
import kr.co.saenal.sandan.media.ImageLibrary;
import kr.co.saenal.sandan.media.LibraryImage;
import kr.co.saenal.sandan.news.ArticleHtml;
import kr.co.saenal.sandan.news.ArticleText;
import kr.co.saenal.sandan.news.Category;
import kr.co.saenal.sandan.news.CategoryRepository;
import kr.co.saenal.sandan.news.NewsPost;
import kr.co.saenal.sandan.news.NewsRepository;
import kr.co.saenal.sandan.news.Redirects;
import kr.co.saenal.sandan.news.Slugs;
import kr.co.saenal.sandan.platform.Texts;
import kr.co.saenal.sandan.platform.task.TaskProgress;

/**
 * Writes one import in one transaction: its record, the pictures its posts show (into the image library, each once),
 * the posts, their comments, the keys that make the next import skip them, and the redirects from their old
 * addresses. Any failure rolls all of it back.
 */
@ApplicationScoped
@Transactional
public class ImportWriter {

    static final int MAX_BODY_LENGTH = 200_000;
    static final int SUMMARY_LENGTH = 160;

    @Inject
    PostImportRepository imports;

    @Inject
    NewsRepository posts;

    @Inject
    CategoryRepository categories;

    @Inject
    ImageLibrary images;

    @Inject
    ImportedComments comments;

    @Inject
    Redirects redirects;

    @Inject
    Clock clock;

    /** A post to create: the item, the keys it is remembered by, where its pictures resolve, its category and byline. */
    public record NewPost(FeedItem item, Set<String> keys, String base, long categoryId, String author) {}

    public ImportSummary write(
            String fileName,
            FeedKind kind,
            List<NewPost> newPosts,
            Map<String, ImageFetcher.Fetched> fetched,
            List<ReportLine> report,
            int skippedBefore,
            String user,
            TaskProgress progress) {
        Instant now = clock.instant();
        PostImportRun run = new PostImportRun(fileName, kind, user, now);
        imports.add(run);
        imports.flush();
        Map<String, Long> stored = new HashMap<>();
        List<ReportLine> lines = new ArrayList<>(report);
        int created = 0;
        int skipped = skippedBefore;
        int commentCount = 0;
        String step = Texts.say(ImportWriter.class, "importing.step.posts");
        int written = 0;
        for (NewPost planned : newPosts) {
            progress.step(step, written++, newPosts.size());
            FeedItem item = planned.item();
            String title = cut(PostImport.titleOf(item), 200);
            // the body as it would be stored, pictures aside: is anything left to read?
            String trial = ArticleHtml.sanitize(BodyImages.rewrite(item.body(), planned.base(), url -> "/media/0"));
            if (!ArticleHtml.hasText(trial)) {
                lines.add(new ReportLine(ReportLine.Kind.ITEM, title, text("emptyBody")));
                skipped++;
                continue;
            }
            Map<String, BodyImages.Found> shown = BodyImages.in(item.body(), planned.base());
            for (BodyImages.Found picture : shown.values()) {
                ImageFetcher.Fetched got = fetched.get(picture.url());
                if (got != null && got.ok() && !stored.containsKey(picture.url())) {
                    String alt = picture.alt().isBlank() ? title : picture.alt();
                    LibraryImage image = images.upload(
                            fileName(picture.url()), got.content(), cut(alt, ImageDescription.MAX_LENGTH), null, user);
                    stored.put(picture.url(), image.id());
                }
            }
            String body = ArticleHtml.sanitize(BodyImages.rewrite(
                    item.body(), planned.base(), url -> stored.containsKey(url) ? "/media/" + stored.get(url) : ""));
            if (body.length() > MAX_BODY_LENGTH) {
                lines.add(new ReportLine(ReportLine.Kind.ITEM, title, text("tooLong")));
                skipped++;
                continue;
            }
            Category category =
                    categories.find(planned.categoryId()).orElseThrow(() -> new ImportRefusedException("category"));
            String summary = summary(item, body, title);
            String slug = item.slug() != null
                            && Slugs.isValid(item.slug())
                            && item.slug().length() <= 80
                    ? item.slug()
                    : Slugs.fromTitle(title);
            NewsPost post = new NewsPost(title, summary, body, category, planned.author(), now);
            posts.add(post);
            post.revise(title, slug, summary, body, category, planned.author(), now);
            if (item.published()) {
                post.publish(item.publishedAt() != null ? item.publishedAt() : now);
            }
            posts.flush();
            for (String key : planned.keys()) {
                imports.add(new ImportedSource(key, post.getId(), run.getId()));
            }
            List<String> old = new ArrayList<>();
            if (item.link() != null) {
                old.add(item.link());
            }
            if (item.guid() != null) {
                old.add(item.guid());
            }
            redirects.addImported(post.getId(), old);
            for (FeedComment comment : item.comments()) {
                Instant at = comment.postedAt() != null
                        ? comment.postedAt()
                        : (item.publishedAt() != null ? item.publishedAt() : now);
                if (comments.addApproved(
                        post.getId(),
                        comment.author(),
                        ArticleText.of(ArticleHtml.sanitize(comment.text())),
                        at,
                        user)) {
                    commentCount++;
                }
            }
            created++;
        }
        int failed = (int) fetched.values().stream().filter(f -> !f.ok()).count();
        run.done(created, skipped, commentCount, stored.size(), failed, lines);
        imports.flush();
        return run.summary();
    }

    /** The excerpt when the old site had one, else the start of the body's text; the title for a body of pictures. */
    private static String summary(FeedItem item, String body, String title) {
        String text = item.excerpt() == null ? "" : ArticleText.of(ArticleHtml.sanitize(item.excerpt()));
        if (text.isBlank()) {
            text = ArticleText.of(body);
        }
        if (text.isBlank()) {
            return title;
        }
        if (text.length() <= SUMMARY_LENGTH) {
            return text;
        }
        String cut = text.substring(0, SUMMARY_LENGTH);
        int space = cut.lastIndexOf(' ');
        return (space > SUMMARY_LENGTH / 2 ? cut.substring(0, space) : cut).strip() + "…";
    }

    /** The picture's file name from its address, for people to recognise it in the library. */
    private static String fileName(String url) {
        String path = URI.create(url).getPath();
        String name = path == null ? "" : path.substring(path.lastIndexOf('/') + 1);
        name = kr.co.saenal.sandan.news.OldAddress.clean(name);
        return name.isBlank() ? "imported" : cut(name, 200);
    }

    private static String cut(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max);
    }

    private static String text(String key) {
        return Texts.say(ImportWriter.class, "importing.report." + key);
    }
}
