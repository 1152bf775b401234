package kr.co.saenal.sandan.news.web;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import kr.co.saenal.sandan.news.CategoryView;
import kr.co.saenal.sandan.news.NewsService;
import kr.co.saenal.sandan.news.NewsSummary;
import kr.co.saenal.sandan.news.NoticeBoard;
import kr.co.saenal.sandan.news.PinnedNotice;
import kr.co.saenal.sandan.platform.web.PageLifetime;

/** The home page: the pinned notices (공지), the newest articles, then the sections. */
@Named
@RequestScoped
public class HomePage {

    static final int LATEST = 7;

    @Inject
    NewsService news;

    @Inject
    SiteNavigation navigation;

    @Inject
    NoticeBoard notices;

    @Inject
    HttpServletRequest request;

    private List<NewsSummary> latest;
    private List<PinnedNotice> pinned;
    private List<CategoryView> categories;

    @PostConstruct
    void load() {
        // pinned notices (공지) head the page; the newest posts below leave them out
        NoticeBoard.Listing listing = notices.home(LATEST);
        pinned = listing.pinned();
        latest = listing.rest().items();
        PageLifetime.changesAt(request, listing.pinsChangeAt());
        categories = navigation.getCategories();
    }

    /** The pinned notices of every category, the newest pin first. */
    public List<PinnedNotice> getPinned() {
        return pinned;
    }

    /** The lead story, shown large. */
    public NewsSummary getLead() {
        return latest.isEmpty() ? null : latest.get(0);
    }

    public List<NewsSummary> getMore() {
        return latest.size() <= 1 ? List.of() : latest.subList(1, latest.size());
    }

    public List<CategoryView> getCategories() {
        return categories;
    }
}
