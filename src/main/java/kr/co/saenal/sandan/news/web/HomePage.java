package kr.co.saenal.sandan.news.web;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import kr.co.saenal.sandan.news.CategoryView;
import kr.co.saenal.sandan.news.NewsService;
import kr.co.saenal.sandan.news.NewsSummary;

/** The home page: the newest articles first, then the sections. */
@Named
@RequestScoped
public class HomePage {

    static final int LATEST = 7;

    @Inject
    NewsService news;

    @Inject
    SiteNavigation navigation;

    private List<NewsSummary> latest;
    private List<CategoryView> categories;

    @PostConstruct
    void load() {
        latest = news.latest(null, 1, LATEST).items();
        categories = navigation.getCategories();
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
