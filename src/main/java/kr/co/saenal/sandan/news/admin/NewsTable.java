package kr.co.saenal.sandan.news.admin;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import kr.co.saenal.sandan.news.CategoryDesk;
import kr.co.saenal.sandan.news.CategoryRow;
import kr.co.saenal.sandan.news.Newsroom;
import kr.co.saenal.sandan.news.PostQuery;
import kr.co.saenal.sandan.news.PostRow;
import kr.co.saenal.sandan.news.PublicationState;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

/** /admin/news/: every post, one page at a time from the database, filtered by state, category and title. */
@Named
@ViewScoped
public class NewsTable implements Serializable {

    private static final long serialVersionUID = 1L;

    private static final Map<String, PostQuery.Sort> SORTABLE = Map.of(
            "updatedAt", PostQuery.Sort.UPDATED,
            "publishedAt", PostQuery.Sort.PUBLISHED,
            "title", PostQuery.Sort.TITLE,
            "viewCount", PostQuery.Sort.VIEWS,
            "id", PostQuery.Sort.ID);

    @Inject
    Newsroom newsroom;

    @Inject
    CategoryDesk categoryDesk;

    @Inject
    Clock clock;

    private PublicationState state;
    private Long categoryId;
    private String text;
    private List<CategoryRow> categories;

    private final LazyDataModel<PostRow> rows = new LazyDataModel<>() {
        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) newsroom.count(query(Map.of()));
        }

        @Override
        public List<PostRow> load(
                int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
            return newsroom.list(query(sortBy), first, pageSize);
        }

        @Override
        public String getRowKey(PostRow row) {
            return Long.toString(row.id());
        }
    };

    private PostQuery query(Map<String, SortMeta> sortBy) {
        SortMeta sort = sortBy.values().stream()
                .filter(s -> SORTABLE.containsKey(s.getField()))
                .findFirst()
                .orElse(null);
        return sort == null
                ? new PostQuery(state, categoryId, text, PostQuery.Sort.UPDATED, false)
                : new PostQuery(
                        state, categoryId, text, SORTABLE.get(sort.getField()), sort.getOrder() == SortOrder.ASCENDING);
    }

    public LazyDataModel<PostRow> getRows() {
        return rows;
    }

    public PublicationState stateOf(PostRow row) {
        return row.state(clock.instant());
    }

    public PublicationState[] getStates() {
        return PublicationState.values();
    }

    public List<CategoryRow> getCategories() {
        if (categories == null) {
            categories = categoryDesk.list();
        }
        return categories;
    }

    public PublicationState getState() {
        return state;
    }

    public void setState(PublicationState state) {
        this.state = state;
    }

    public Long getCategoryId() {
        return categoryId;
    }

    public void setCategoryId(Long categoryId) {
        this.categoryId = categoryId;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }
}
