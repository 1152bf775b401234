package kr.co.saenal.sandan.news.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import kr.co.saenal.sandan.complex.ComplexDirectory;
import kr.co.saenal.sandan.complex.ComplexListPage;
import kr.co.saenal.sandan.complex.ComplexListParameters;
import kr.co.saenal.sandan.complex.ComplexListQuery;
import kr.co.saenal.sandan.complex.ComplexListRow;
import kr.co.saenal.sandan.news.search.NewsSearch;
import kr.co.saenal.sandan.news.search.SearchResults;
import kr.co.saenal.sandan.news.search.SearchTerms;
import kr.co.saenal.sandan.platform.Paging;

/** /search?q=…&amp;category=SLUG&amp;page=N: the news found by their words, ten to a page, narrowed by category. */
@Named
@RequestScoped
public class SearchPage {

    @Inject
    NewsSearch search;

    @Inject
    FacesContext faces;

    @Inject
    ComplexDirectory directory;

    /** How many complexes the section above the news shows. */
    static final int COMPLEXES_SHOWN = 5;

    /** The complexes whose name or 시군 contains the words, on the first page of an unnarrowed search; else empty. */
    private ComplexListPage complexes;

    private String q;
    private String category;
    private String page;
    private SearchTerms terms;
    private SearchResults results;

    /** View action: a page that is not a number, or past the end of the results, answers 404. */
    public void load() throws IOException {
        // Transient before rendering starts: the template's f:view transient="…" applies only once the view is built
        // during rendering, and PrimeFaces' CSP listener, which runs before that, keeps its nonce in the view map of a
        // stateful view, and Mojarra opens an HTTP session for every view map.
        faces.getViewRoot().setTransient(true);
        terms = SearchTerms.of(q);
        int pageNumber = Paging.parsePage(page);
        if (pageNumber < 1) {
            notFound();
            return;
        }
        results = search.search(terms, category == null || category.isBlank() ? null : category.strip(), pageNumber);
        if (pageNumber == 1 && results.category() == null && !terms.isTooShort()) {
            complexes = directory.list(complexQuery(COMPLEXES_SHOWN));
        }
        if (pageNumber > 1 && results.hits().isEmpty()) {
            notFound();
        }
    }

    private void notFound() throws IOException {
        faces.getExternalContext().responseSendError(404, "Not found");
        faces.responseComplete();
    }

    private ComplexListQuery complexQuery(int size) {
        return new ComplexListQuery(null, null, null, null, null, null, terms.text(), null, null, 1, size);
    }

    /** The complexes found, when there are any to show above the news. */
    public List<ComplexListRow> getComplexes() {
        return complexes == null ? List.of() : complexes.rows();
    }

    /** How many complexes match in all. */
    public long getComplexTotal() {
        return complexes == null ? 0 : complexes.total();
    }

    /** The directory's list of every complex found: {@code /complexes?q=남동}. */
    public String getAllComplexesLink() {
        return "/complexes"
                + ComplexListParameters.queryString(ComplexListParameters.of(
                        complexQuery(ComplexListParameters.DEFAULT_PAGE_SIZE),
                        false,
                        ComplexListParameters.DEFAULT_PAGE_SIZE));
    }

    /** Nothing (or one letter) typed: the page explains instead of searching. */
    public boolean isTooShort() {
        return terms.isTooShort();
    }

    /** The query string of a results page: this search, in {@code categorySlug} (null: all), page n. */
    public String link(String categorySlug, int n) {
        StringBuilder link = new StringBuilder("/search?q=").append(encode(terms.text()));
        if (categorySlug != null) {
            link.append("&category=").append(encode(categorySlug));
        }
        return n > 1 ? link.append("&page=").append(n).toString() : link.toString();
    }

    /** The query string for page n of these results, for the shared pagination. */
    public String pageLink(int n) {
        return link(results.category(), n);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    public String getQ() {
        return q;
    }

    public void setQ(String q) {
        this.q = q;
    }

    public String getCategory() {
        return category;
    }

    public void setCategory(String category) {
        this.category = category;
    }

    public String getPage() {
        return page;
    }

    public void setPage(String page) {
        this.page = page;
    }

    public SearchTerms getTerms() {
        return terms;
    }

    public SearchResults getResults() {
        return results;
    }
}
