package kr.co.saenal.sandan.news.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import kr.co.saenal.sandan.news.NewsService;
import kr.co.saenal.sandan.news.NewsSummary;
import kr.co.saenal.sandan.news.search.FoundPost;
import kr.co.saenal.sandan.news.search.NewsSearch;
import kr.co.saenal.sandan.news.search.SearchTerms;

/**
 * The news about a complex, for its page ({@code WEB-INF/templates/complex-posts.xhtml}): the posts editors tagged
 * with it, newest first, then published posts whose text matches its name in the Korean search, each once, at most
 * {@value #SHOWN}. The complex's page belongs to the directory; the news meet it here, in {@code web}. A constant
 * number of statements whatever the posts: tagged posts (one), the search's first page (the index, then its titles
 * and snippets), the posts found (one).
 */
@Named
@RequestScoped
public class ComplexPosts {

    /** How many posts a complex's page lists. */
    public static final int SHOWN = 6;

    @Inject
    NewsService news;

    @Inject
    NewsSearch search;

    private final Map<Long, List<NewsSummary>> found = new HashMap<>();

    /** The posts about the complex (the page may ask more than once while it renders: found once). */
    public List<NewsSummary> of(long complexId, String complexName) {
        return found.computeIfAbsent(complexId, id -> find(id, complexName));
    }

    private List<NewsSummary> find(long complexId, String complexName) {
        List<NewsSummary> tagged = news.taggedWith(complexId, SHOWN);
        Set<Long> ids = new LinkedHashSet<>();
        tagged.forEach(post -> ids.add(post.id()));
        List<NewsSummary> posts = new ArrayList<>(tagged);
        SearchTerms terms = SearchTerms.of(searchableName(complexName));
        if (posts.size() < SHOWN && !terms.isTooShort() && !terms.isEmpty()) {
            List<Long> matches = search.search(terms, null, 1).hits().stream()
                    .map(FoundPost::id)
                    .filter(ids::add)
                    .limit(SHOWN - posts.size())
                    .toList();
            posts.addAll(news.published(matches));
        }
        return List.copyOf(posts);
    }

    /**
     * The name as readers write it in posts: KICOX's bracketed parts go ({@code 남동[재생사업지구]} is written 남동),
     * as do parenthesised ones.
     */
    static String searchableName(String name) {
        if (name == null) {
            return "";
        }
        return name.replaceAll("\\[[^\\]]*\\]|\\([^)]*\\)|（[^）]*）", " ")
                .replaceAll("\\s+", " ")
                .strip();
    }
}
