package kr.co.saenal.sandan.news.importing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import jakarta.transaction.TransactionalException;
import java.net.URI;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import kr.co.saenal.sandan.news.CategoryDesk;
import kr.co.saenal.sandan.news.CategoryRow;
import kr.co.saenal.sandan.platform.Texts;
import kr.co.saenal.sandan.platform.metrics.Measured;
import kr.co.saenal.sandan.platform.task.TaskProgress;

/**
 * Imports the old site's posts from a WordPress export (WXR) or an RSS 2.0 file: a preview first (nothing written),
 * then the import. The file is read whole before anything happens ({@link FeedReader}; a file that cannot be read
 * is refused with nothing written). The pictures the new posts show are fetched next, outside any transaction
 * ({@link ImageFetcher}); then everything is written in one transaction ({@link ImportWriter}): the pictures into
 * the image library, the posts with their bodies sanitized as the editor's and pointing at our copies, their
 * approved comments, the keys that make a second import skip them, and the redirects from their old addresses. If
 * anything fails there, nothing of the import is stored.
 */
@ApplicationScoped
public class PostImport {

    private static final Logger LOG = Logger.getLogger(PostImport.class.getName());
    private static final int LISTED_TITLES = 100;

    @Inject
    ImportSettings settings;

    @Inject
    PostImportRepository imports;

    @Inject
    CategoryDesk categories;

    @Inject
    ImageFetcher fetcher;

    @Inject
    ImportWriter writer;

    /** @throws ImportRefusedException when the file cannot be imported */
    @Transactional(Transactional.TxType.SUPPORTS)
    @Measured(
            value = "sandan.import",
            tags = {"source", "news", "step", "preview"})
    public ImportPreview preview(String fileName, byte[] content) {
        FeedFile file = read(content);
        Plan plan = plan(file);
        Map<String, Integer> perCategory = new LinkedHashMap<>();
        Map<String, FeedCategory> fileCategories = new LinkedHashMap<>();
        Map<String, Integer> authors = new LinkedHashMap<>();
        Map<String, Integer> hosts = new LinkedHashMap<>();
        Set<String> images = new HashSet<>();
        int uncategorized = 0;
        int published = 0;
        int comments = 0;
        for (FeedItem item : plan.fresh()) {
            if (item.categories().isEmpty()) {
                uncategorized++;
            } else {
                FeedCategory first = item.categories().get(0);
                fileCategories.putIfAbsent(first.slug(), first);
                perCategory.merge(first.slug(), 1, Integer::sum);
            }
            authors.merge(author(item), 1, Integer::sum);
            published += item.published() ? 1 : 0;
            comments += item.comments().size();
            for (String url : BodyImages.in(item.body(), base(item, file)).keySet()) {
                if (images.add(url)) {
                    hosts.merge(URI.create(url).getHost(), 1, Integer::sum);
                }
            }
        }
        // categories the file declares but no new post uses are shown too, with 0 posts
        for (FeedItem item : file.items()) {
            for (FeedCategory category : item.categories()) {
                fileCategories.putIfAbsent(category.slug(), category);
            }
        }
        List<CategoryRow> ours = categories.list();
        List<ImportPreview.CategoryMatch> matches = new ArrayList<>();
        fileCategories.forEach((slug, category) -> matches.add(new ImportPreview.CategoryMatch(
                category,
                perCategory.getOrDefault(slug, 0),
                suggest(category, ours).orElse(null))));
        return new ImportPreview(
                fileName,
                content.length,
                file.kind(),
                file.siteUrl(),
                file.items().size(),
                plan.posts(),
                file.items().size() - plan.posts(),
                plan.fresh().size(),
                published,
                plan.fresh().size() - published,
                plan.known().stream().limit(LISTED_TITLES).toList(),
                matches,
                uncategorized,
                counts(authors),
                images.size(),
                counts(hosts),
                comments);
    }

    /**
     * Imports the file's new posts: {@code mapping} takes the old site's category slugs to our category ids, and
     * {@code fallbackCategoryId} takes every post without one (or with one the mapping does not name).
     *
     * @throws ImportRefusedException when the file cannot be imported or a category is unknown; nothing is written
     */
    public ImportSummary run(
            String fileName, byte[] content, Map<String, Long> mapping, Long fallbackCategoryId, String user) {
        return run(fileName, content, mapping, fallbackCategoryId, user, TaskProgress.NONE);
    }

    /** {@link #run(String, byte[], Map, Long, String)}, telling {@code progress} how far it has got. */
    @Measured(
            value = "sandan.import",
            tags = {"source", "news", "step", "apply"})
    public ImportSummary run(
            String fileName,
            byte[] content,
            Map<String, Long> mapping,
            Long fallbackCategoryId,
            String user,
            TaskProgress progress) {
        progress.step(Texts.say(PostImport.class, "importing.step.reading"), 0, 0);
        Map<String, Long> categoryOf = refuseUnknownCategories(mapping, fallbackCategoryId);
        FeedFile file = read(content);
        Plan plan = plan(file);
        List<ReportLine> report = new ArrayList<>();
        plan.known().forEach(title -> report.add(new ReportLine(ReportLine.Kind.ITEM, title, text("known"))));
        plan.duplicates().forEach(title -> report.add(new ReportLine(ReportLine.Kind.ITEM, title, text("duplicate"))));

        Map<String, ImageFetcher.Fetched> fetched = fetchImages(file, plan, report, progress);
        List<ImportWriter.NewPost> posts = new ArrayList<>();
        for (FeedItem item : plan.fresh()) {
            Long category = item.categories().isEmpty()
                    ? fallbackCategoryId
                    : categoryOf.getOrDefault(item.categories().get(0).slug(), fallbackCategoryId);
            posts.add(new ImportWriter.NewPost(item, SourceKeys.of(item), base(item, file), category, author(item)));
        }
        ImportSummary summary;
        try {
            summary = writer.write(
                    fileName.length() > 200 ? fileName.substring(fileName.length() - 200) : fileName,
                    file.kind(),
                    posts,
                    fetched,
                    report,
                    plan.known().size() + plan.duplicates().size(),
                    user,
                    progress);
        } catch (PersistenceException | TransactionalException e) {
            // another import wrote one of these items first (news_import_source is unique): all of this one is undone
            LOG.log(Level.WARNING, "Import of " + fileName + " rolled back", e);
            throw new ImportRefusedException("meanwhile");
        }
        LOG.info(() -> "Import " + summary.id() + " of " + fileName + " by " + user + ": " + summary.postsCreated()
                + " posts, " + summary.imagesStored() + " pictures stored, " + summary.imagesFailed() + " not");
        return summary;
    }

    /**
     * The mapping without its empty entries, refused when it or the fallback names a category that does not exist
     * (deleted since the preview): checked before anything is read, so the page can say so beside its button.
     *
     * @throws ImportRefusedException {@code category}
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Map<String, Long> refuseUnknownCategories(Map<String, Long> mapping, Long fallbackCategoryId) {
        Set<Long> known = new HashSet<>();
        categories.list().forEach(c -> known.add(c.id()));
        if (fallbackCategoryId == null || !known.contains(fallbackCategoryId)) {
            throw new ImportRefusedException("category");
        }
        Map<String, Long> categoryOf = new HashMap<>();
        mapping.forEach((slug, id) -> {
            if (id != null) {
                if (!known.contains(id)) {
                    throw new ImportRefusedException("category");
                }
                categoryOf.put(slug, id);
            }
        });
        return categoryOf;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<ImportSummary> history(int limit) {
        return imports.latest(limit).stream().map(PostImportRun::summary).toList();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<ImportSummary> find(long id) {
        return imports.find(id).map(PostImportRun::summary);
    }

    public ImportSettings settings() {
        return settings;
    }

    // --- steps ---

    private FeedFile read(byte[] content) {
        if (content != null && content.length > settings.maxBytes()) {
            throw new ImportRefusedException("tooLarge", settings.maxSizeText());
        }
        return FeedReader.read(content);
    }

    /** The file's posts split into new ones, ones imported before and repeats within the file (titles). */
    private record Plan(int posts, List<FeedItem> fresh, List<String> known, List<String> duplicates) {}

    private Plan plan(FeedFile file) {
        List<FeedItem> posts = file.items().stream().filter(FeedItem::isPost).toList();
        Set<String> allKeys = new HashSet<>();
        posts.forEach(item -> allKeys.addAll(SourceKeys.of(item)));
        Set<String> earlier = imports.known(allKeys);
        Set<String> seen = new HashSet<>();
        List<FeedItem> fresh = new ArrayList<>();
        List<String> known = new ArrayList<>();
        List<String> duplicates = new ArrayList<>();
        for (FeedItem item : posts) {
            Set<String> keys = SourceKeys.of(item);
            if (keys.stream().anyMatch(earlier::contains)) {
                known.add(titleOf(item));
            } else if (keys.stream().anyMatch(seen::contains)) {
                duplicates.add(titleOf(item));
            } else {
                seen.addAll(keys);
                fresh.add(item);
            }
        }
        return new Plan(posts.size(), fresh, known, duplicates);
    }

    private Map<String, ImageFetcher.Fetched> fetchImages(
            FeedFile file, Plan plan, List<ReportLine> report, TaskProgress progress) {
        Set<String> wanted = new LinkedHashSet<>();
        for (FeedItem item : plan.fresh()) {
            wanted.addAll(BodyImages.in(item.body(), base(item, file)).keySet());
        }
        String step = Texts.say(PostImport.class, "importing.step.pictures");
        Map<String, ImageFetcher.Fetched> fetched = new LinkedHashMap<>();
        long bytes = 0;
        for (String url : wanted) {
            progress.step(step, fetched.size(), wanted.size());
            ImageFetcher.Fetched result;
            if (fetched.size() >= ImportSettings.MAX_IMAGES || bytes >= ImportSettings.MAX_IMAGE_BYTES_TOTAL) {
                result = new ImageFetcher.Fetched(url, null, text("tooManyImages"));
            } else {
                result = fetcher.fetch(url);
            }
            if (result.ok()) {
                bytes += result.content().length;
            } else {
                report.add(new ReportLine(ReportLine.Kind.IMAGE, url, result.failure()));
            }
            fetched.put(url, result);
        }
        return fetched;
    }

    /** Where relative picture addresses of an item are resolved: its link, else the old site. */
    private static String base(FeedItem item, FeedFile file) {
        return item.link() != null ? item.link() : file.siteUrl();
    }

    private static String author(FeedItem item) {
        String name = item.author() == null ? "" : item.author().strip();
        if (name.isEmpty()) {
            name = Texts.format(PostImport.class, Locale.KOREAN, "importing.defaultAuthor");
        }
        return name.length() > 60 ? name.substring(0, 60) : name;
    }

    static String titleOf(FeedItem item) {
        return item.title() == null || item.title().isBlank()
                ? Texts.format(PostImport.class, Locale.KOREAN, "importing.untitled")
                : item.title().strip();
    }

    /** Our category with the file category's slug, else with its name. */
    private static Optional<Long> suggest(FeedCategory category, List<CategoryRow> ours) {
        return ours.stream()
                .filter(c -> c.slug().equalsIgnoreCase(category.slug()))
                .findFirst()
                .or(() -> ours.stream()
                        .filter(c -> c.name().strip().equals(category.name().strip()))
                        .findFirst())
                .map(CategoryRow::id);
    }

    private static List<ImportPreview.Count> counts(Map<String, Integer> counts) {
        return counts.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
                .map(e -> new ImportPreview.Count(e.getKey(), e.getValue()))
                .toList();
    }

    private static String text(String key) {
        return Texts.say(PostImport.class, "importing.report." + key);
    }
}
