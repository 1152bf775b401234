package kr.co.saenal.sandan.news.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import kr.co.saenal.sandan.news.CategoryView;
import kr.co.saenal.sandan.news.NewsService;

/** The sections in the site's menu, read once per request. */
@Named
@RequestScoped
public class SiteNavigation {

    @Inject
    NewsService news;

    private List<CategoryView> categories;

    public List<CategoryView> getCategories() {
        if (categories == null) {
            categories = news.categories();
        }
        return categories;
    }

    /** The name of a category in the menu, or {@code null} when there is none by that slug. */
    public String categoryName(String slug) {
        return getCategories().stream()
                .filter(c -> c.slug().equals(slug))
                .map(CategoryView::name)
                .findFirst()
                .orElse(null);
    }
}
