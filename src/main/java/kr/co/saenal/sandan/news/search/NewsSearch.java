package kr.co.saenal.sandan.news.search;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import kr.co.saenal.sandan.news.ArticleText;
import kr.co.saenal.sandan.news.NewsPost;
import kr.co.saenal.sandan.news.PostStatus;
import kr.co.saenal.sandan.platform.Paging;
import kr.co.saenal.sandan.platform.metrics.Measured;
import org.hibernate.search.engine.search.aggregation.AggregationKey;
import org.hibernate.search.engine.search.common.BooleanOperator;
import org.hibernate.search.engine.search.common.ValueModel;
import org.hibernate.search.engine.search.predicate.dsl.PredicateFinalStep;
import org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory;
import org.hibernate.search.engine.search.predicate.dsl.SimpleQueryFlag;
import org.hibernate.search.engine.search.query.SearchResult;
import org.hibernate.search.mapper.orm.Search;

/**
 * Full-text search of the news for visitors: published posts that are due, found by the words of their title,
 * summary and body (Korean morphemes or bigrams, every word of the query), best first; counted per category.
 * A scheduled post is in the index already and is kept out here by its time, so it turns up at its time by itself.
 * The index says which posts; what is shown is read from the database, which has the last word on visibility.
 */
@ApplicationScoped
@Transactional
public class NewsSearch {

    public static final int PAGE_SIZE = 10;
    private static final int SNIPPET_LENGTH = 140;
    private static final AggregationKey<Map<String, Long>> BY_CATEGORY = AggregationKey.of("byCategory");
    private static final String VISIBLE =
            "p.status = kr.co.saenal.sandan.news.PostStatus.PUBLISHED and p.publishedAt <= :now";

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    /**
     * @param categorySlug narrows the results to one category; {@code null} or an unknown slug for all
     * @param page from 1; a page past the end is empty
     */
    @Measured("sandan.search")
    public SearchResults search(SearchTerms terms, String categorySlug, int page) {
        if (page < 1) {
            throw new IllegalArgumentException("page " + page);
        }
        Instant now = clock.instant();
        List<CategoryRow> categories = categories();
        Optional<CategoryRow> category =
                categories.stream().filter(c -> c.slug().equals(categorySlug)).findFirst();
        if (terms.isTooShort() || terms.isEmpty()) {
            return new SearchResults(terms.text(), null, List.of(), new Paging(1, PAGE_SIZE, 0), List.of(), 0);
        }
        String categoryKey = category.map(c -> CategoryKey.of(c.id())).orElse(null);
        SearchResult<Long> found = Search.session(em)
                .search(NewsPost.class)
                .select(f -> f.id(Long.class))
                .where(f -> matching(f, terms, now, categoryKey))
                .sort(f -> f.score().then().field(NewsIndex.PUBLISHED_AT).desc())
                .aggregation(
                        BY_CATEGORY,
                        f -> f.terms()
                                .field(NewsIndex.CATEGORY, String.class, ValueModel.INDEX)
                                .maxTermCount(100))
                .fetch((page - 1) * PAGE_SIZE, PAGE_SIZE);
        Map<String, Long> counts = categoryKey == null
                ? found.aggregation(BY_CATEGORY)
                : Search.session(em)
                        .search(NewsPost.class)
                        .where(f -> matching(f, terms, now, null))
                        .aggregation(
                                BY_CATEGORY,
                                f -> f.terms()
                                        .field(NewsIndex.CATEGORY, String.class, ValueModel.INDEX)
                                        .maxTermCount(100))
                        .fetch(0)
                        .aggregation(BY_CATEGORY);
        List<CategoryFacet> facets = categories.stream()
                .filter(c -> counts.getOrDefault(CategoryKey.of(c.id()), 0L) > 0)
                .map(c -> new CategoryFacet(c.slug(), c.name(), counts.get(CategoryKey.of(c.id()))))
                .toList();
        long overall = counts.values().stream().mapToLong(Long::longValue).sum();
        return new SearchResults(
                terms.text(),
                category.map(CategoryRow::slug).orElse(null),
                shown(found.hits(), terms, now),
                new Paging(page, PAGE_SIZE, found.total().hitCount()),
                facets,
                overall);
    }

    private static PredicateFinalStep matching(
            SearchPredicateFactory f, SearchTerms terms, Instant now, String categoryKey) {
        var all = f.bool()
                .must(f.simpleQueryString()
                        .field(NewsIndex.TITLE)
                        .boost(3f)
                        .field(NewsIndex.TITLE_BIGRAMS)
                        .boost(2f)
                        .field(NewsIndex.SUMMARY)
                        .boost(1.5f)
                        .field(NewsIndex.SUMMARY_BIGRAMS)
                        .field(NewsIndex.BODY)
                        .field(NewsIndex.BODY_BIGRAMS)
                        .boost(0.7f)
                        .field(NewsIndex.ATTACHMENTS + "." + NewsIndex.ATTACHMENT_TEXT)
                        .boost(0.5f)
                        .field(NewsIndex.ATTACHMENTS + "." + NewsIndex.ATTACHMENT_TEXT_BIGRAMS)
                        .boost(0.4f)
                        .matching(terms.text())
                        .defaultOperator(BooleanOperator.AND)
                        .flags(
                                SimpleQueryFlag.AND,
                                SimpleQueryFlag.OR,
                                SimpleQueryFlag.PHRASE,
                                SimpleQueryFlag.PRECEDENCE,
                                SimpleQueryFlag.WHITESPACE))
                .filter(f.match().field(NewsIndex.STATUS).matching(PostStatus.PUBLISHED))
                .filter(f.range().field(NewsIndex.PUBLISHED_AT).atMost(now));
        return categoryKey == null
                ? all
                : all.filter(f.match().field(NewsIndex.CATEGORY).matching(categoryKey, ValueModel.INDEX));
    }

    /** The found posts, read from the database in the index's order; a post withdrawn a moment ago is left out. */
    private List<FoundPost> shown(List<Long> ids, SearchTerms terms, Instant now) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<Long, PostText> posts = em.createQuery(
                        "select new kr.co.saenal.sandan.news.search.NewsSearch$PostText("
                                + "p.id, p.slug, p.title, p.summary, p.body, c.name, p.publishedAt) "
                                + "from NewsPost p join p.category c where p.id in :ids and " + VISIBLE,
                        PostText.class)
                .setParameter("ids", ids)
                .setParameter("now", now)
                .getResultStream()
                .collect(Collectors.toMap(PostText::id, Function.identity()));
        List<FoundPost> found = ids.stream()
                .map(posts::get)
                .filter(java.util.Objects::nonNull)
                .map(post -> post.found(terms))
                .toList();
        List<Long> inFiles = found.stream()
                .filter(post -> post.snippet().stream().noneMatch(TextPart::marked))
                .map(FoundPost::id)
                .toList();
        if (inFiles.isEmpty()) {
            return found;
        }
        Map<Long, FoundPost> fromFiles = fromAttachments(found, inFiles, terms);
        return found.stream()
                .map(post -> fromFiles.getOrDefault(post.id(), post))
                .toList();
    }

    /**
     * For posts whose own text shows none of the words: the first of their files that does, with its snippet
     * ("첨부파일 ‘…공고문.hwp’에서"). One statement for the page.
     */
    private Map<Long, FoundPost> fromAttachments(List<FoundPost> found, List<Long> postIds, SearchTerms terms) {
        Map<Long, FoundPost> byId = found.stream().collect(Collectors.toMap(FoundPost::id, Function.identity()));
        Map<Long, FoundPost> shown = new java.util.HashMap<>();
        List<Object[]> files = em.createQuery(
                        "select a.post.id, a.fileName, a.text from PostAttachment a where a.post.id in :ids"
                                + " and a.text <> '' order by a.post.id, a.position, a.id",
                        Object[].class)
                .setParameter("ids", postIds)
                .getResultList();
        for (Object[] file : files) {
            long postId = (Long) file[0];
            if (shown.containsKey(postId)) {
                continue;
            }
            List<TextPart> snippet = Highlights.snippet((String) file[2], terms, SNIPPET_LENGTH);
            if (!snippet.isEmpty()) {
                shown.put(postId, byId.get(postId).inAttachment((String) file[1], snippet));
            }
        }
        return shown;
    }

    private List<CategoryRow> categories() {
        return em.createQuery(
                        "select new kr.co.saenal.sandan.news.search.NewsSearch$CategoryRow(c.id, c.slug, c.name) "
                                + "from Category c order by c.position, c.name",
                        CategoryRow.class)
                .getResultList();
    }

    public record CategoryRow(long id, String slug, String name) {}

    public record PostText(
            long id, String slug, String title, String summary, String body, String categoryName, Instant publishedAt) {

        FoundPost found(SearchTerms terms) {
            List<TextPart> snippet = Highlights.snippet(ArticleText.of(body), terms, SNIPPET_LENGTH);
            if (snippet.isEmpty()) {
                snippet = Highlights.snippet(summary, terms, SNIPPET_LENGTH);
            }
            if (snippet.isEmpty()) {
                snippet = List.of(new TextPart(
                        summary.length() > SNIPPET_LENGTH ? summary.substring(0, SNIPPET_LENGTH) + " …" : summary,
                        false));
            }
            return new FoundPost(id, slug, Highlights.of(title, terms), categoryName, publishedAt, snippet, null);
        }
    }
}
