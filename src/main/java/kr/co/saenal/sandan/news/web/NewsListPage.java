package kr.co.saenal.sandan.news.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import kr.co.saenal.sandan.news.CategoryView;
import kr.co.saenal.sandan.news.NewsPage;
import kr.co.saenal.sandan.news.NoticeBoard;
import kr.co.saenal.sandan.news.PinnedNotice;
import kr.co.saenal.sandan.news.UnknownCategoryException;
import kr.co.saenal.sandan.platform.Paging;
import kr.co.saenal.sandan.platform.Texts;
import kr.co.saenal.sandan.platform.web.PageLifetime;

/** /news?category=SLUG&amp;page=N: published posts, newest first, ten to a page. */
@Named
@RequestScoped
public class NewsListPage {

    static final int PAGE_SIZE = 10;

    @Inject
    FacesContext faces;

    @Inject
    SiteNavigation navigation;

    private String category;
    private String page;
    private NewsPage result;
    private List<PinnedNotice> pinned = List.of();

    @Inject
    NoticeBoard notices;

    @Inject
    HttpServletRequest request;

    private List<CategoryView> categories;

    /** View action: an unknown category or a page that is not a number answers 404. */
    public void load() throws IOException {
        categories = navigation.getCategories();
        int pageNumber = Paging.parsePage(page);
        String slug = category == null || category.isBlank() ? null : category;
        try {
            // the category's pinned notices (공지) head its first page; the pages count the other posts only
            NoticeBoard.Listing listing = pageNumber < 1 ? null : notices.list(slug, pageNumber, PAGE_SIZE);
            result = listing == null ? null : listing.rest();
            if (listing != null) {
                pinned = listing.pinned();
                PageLifetime.changesAt(request, listing.pinsChangeAt());
            }
        } catch (UnknownCategoryException e) {
            result = null;
        }
        if (result == null || (pageNumber > 1 && result.items().isEmpty())) {
            faces.getExternalContext().responseSendError(404, "Not found");
            faces.responseComplete();
        }
    }

    public String getCategoryName() {
        String name = navigation.categoryName(category);
        return name == null ? Texts.say(NewsListPage.class, "web.newsListPage.allNews") : name;
    }

    /** The list's own address: its category, and its page from the second on. */
    public String getCanonicalPath() {
        int pageNumber = result == null ? 1 : result.page();
        if (pageNumber > 1) {
            return pageLink(pageNumber);
        }
        boolean all = category == null || category.isBlank();
        return all ? "/news" : "/news?category=" + URLEncoder.encode(category, StandardCharsets.UTF_8);
    }

    /** The query string for page n, keeping the category. */
    public String pageLink(int n) {
        StringBuilder link = new StringBuilder("/news?");
        if (category != null && !category.isBlank()) {
            link.append("category=")
                    .append(URLEncoder.encode(category, StandardCharsets.UTF_8))
                    .append('&');
        }
        return link.append("page=").append(n).toString();
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

    public NewsPage getResult() {
        return result;
    }

    /** The pinned notices heading the first page, the newest pin first. */
    public List<PinnedNotice> getPinned() {
        return pinned;
    }

    public List<CategoryView> getCategories() {
        return categories;
    }
}
