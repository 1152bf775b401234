package kr.co.saenal.sandan.news.search;

import java.util.List;
import kr.co.saenal.sandan.platform.Paging;

/**
 * One page of what a search found.
 *
 * @param category the slug the results are narrowed to, or {@code null}
 * @param facets every category with results, counted over the whole search (not narrowed)
 * @param overall how many posts the search found in every category
 */
public record SearchResults(
        String query, String category, List<FoundPost> hits, Paging paging, List<CategoryFacet> facets, long overall) {}
