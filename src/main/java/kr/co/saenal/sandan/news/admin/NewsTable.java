package kr.co.saenal.sandan.news.admin;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.IntStream;
import kr.co.saenal.sandan.news.CategoryDesk;
import kr.co.saenal.sandan.news.CategoryRow;
import kr.co.saenal.sandan.news.Newsroom;
import kr.co.saenal.sandan.news.NewsroomBatch;
import kr.co.saenal.sandan.news.PostQuery;
import kr.co.saenal.sandan.news.PostRow;
import kr.co.saenal.sandan.news.PublicationState;
import kr.co.saenal.sandan.platform.KoreanTime;
import kr.co.saenal.sandan.platform.RuleViolationException;
import kr.co.saenal.sandan.platform.Texts;
import kr.co.saenal.sandan.platform.web.FieldMessages;

/**
 * /admin/news/: every post, one page at a time from the database, filtered by state, category and title, sorted by
 * a column. Filter, sort and page live in the address ({@code ?state=&category=&q=&sort=&dir=&page=}), so reload,
 * back and a shared link show the same table; the table's links and its filter form are plain GETs. Actions on the
 * rows chosen (publish, withdraw, move, delete) are a POST that answers with a redirect to the same address.
 */
@Named
@ViewScoped
public class NewsTable implements Serializable {

    private static final long serialVersionUID = 1L;

    public static final int PAGE_SIZE = 20;

    /** The sortable columns by their name in the address, with the direction a first click sorts them in. */
    private static final Map<String, PostQuery.Sort> SORTABLE = new LinkedHashMap<>();

    static {
        SORTABLE.put("id", PostQuery.Sort.ID);
        SORTABLE.put("title", PostQuery.Sort.TITLE);
        SORTABLE.put("publishedAt", PostQuery.Sort.PUBLISHED);
        SORTABLE.put("updatedAt", PostQuery.Sort.UPDATED);
        SORTABLE.put("viewCount", PostQuery.Sort.VIEWS);
    }

    @Inject
    Newsroom newsroom;

    @Inject
    NewsroomBatch batch;

    @Inject
    CategoryDesk categoryDesk;

    @Inject
    Clock clock;

    // as the address has them (anything unreadable is ignored, never an error page)
    private String stateParam;
    private String categoryParam;
    private String text;
    private String sortParam;
    private String dirParam;
    private String pageParam;

    private PublicationState state;
    private Long categoryId;
    private String sort = "updatedAt";
    private boolean ascending;
    private int page = 1;
    private long total;
    private List<PostRow> rows = List.of();
    private List<CategoryRow> categories;

    /** Chosen rows by post id (the checkboxes). */
    private final Map<Long, Boolean> selected = new HashMap<>();
    /** The category chosen rows are moved to. */
    private Long moveTo;

    /** View action: reads the address and loads the page it names (a page past the end shows the last). */
    public void load() {
        state = parse(stateParam, PublicationState::valueOf);
        categoryId = parse(categoryParam, Long::valueOf);
        text = text == null || text.isBlank() ? null : text.strip();
        if (sortParam != null && SORTABLE.containsKey(sortParam)) {
            sort = sortParam;
            ascending = dirParam == null ? "title".equals(sort) : "asc".equals(dirParam);
        }
        Integer asked = parse(pageParam, Integer::valueOf);
        PostQuery query = query();
        total = newsroom.count(query);
        int pages = getPageCount();
        page = Math.min(Math.max(1, asked == null ? 1 : asked), pages);
        rows = total == 0 ? List.of() : newsroom.list(query, (page - 1) * PAGE_SIZE, PAGE_SIZE);
    }

    private static <T> T parse(String value, Function<String, T> reader) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return reader.apply(value.strip());
        } catch (IllegalArgumentException unreadable) {
            return null;
        }
    }

    private PostQuery query() {
        return new PostQuery(state, categoryId, text, SORTABLE.get(sort), ascending);
    }

    // ---- actions on the chosen rows

    public void publishSelected() throws IOException {
        act("published", batch::publish);
    }

    public void withdrawSelected() throws IOException {
        act("withdrawn", batch::withdraw);
    }

    public void deleteSelected() throws IOException {
        act("deleted", batch::delete);
    }

    public void moveSelected() throws IOException {
        String name = getCategories().stream()
                .filter(c -> c.id() == (moveTo == null ? -1 : moveTo))
                .map(CategoryRow::name)
                .findFirst()
                .orElse("");
        act("moved", ids -> batch.move(ids, moveTo), name);
    }

    private void act(String done, Function<List<Long>, Integer> action, Object... more) throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        List<Long> ids = getChosenIds();
        if (ids.isEmpty()) {
            FieldMessages.done(faces, text("nothingChosen"));
            return;
        }
        try {
            int changed = action.apply(ids);
            Object[] arguments = new Object[2 + more.length];
            arguments[0] = ids.size();
            arguments[1] = changed;
            System.arraycopy(more, 0, arguments, 2, more.length);
            FieldMessages.doneAfterRedirect(faces, text(done, arguments));
            ExternalContext external = faces.getExternalContext();
            external.redirect(external.getRequestContextPath() + "/admin/news/" + address(sort, ascending, page));
        } catch (RuleViolationException e) {
            FieldMessages.show(faces, "posts", e);
        }
    }

    /** The ids of the rows chosen, in the table's order. */
    public List<Long> getChosenIds() {
        List<Long> ids = new ArrayList<>();
        for (PostRow row : rows) {
            if (Boolean.TRUE.equals(selected.get(row.id()))) {
                ids.add(row.id());
            }
        }
        return ids;
    }

    // ---- the address

    /** The query string of this table with another sort or page ({@code ?state=…&page=2}). */
    private String address(String sortBy, boolean up, int toPage) {
        StringBuilder out = new StringBuilder();
        add(out, "state", state == null ? null : state.name());
        add(out, "category", categoryId == null ? null : categoryId.toString());
        add(out, "q", text);
        if (!"updatedAt".equals(sortBy) || up) {
            add(out, "sort", sortBy);
            add(out, "dir", up ? "asc" : "desc");
        }
        if (toPage > 1) {
            add(out, "page", Integer.toString(toPage));
        }
        return out.toString();
    }

    private static void add(StringBuilder out, String name, String value) {
        if (value != null) {
            out.append(out.length() == 0 ? '?' : '&')
                    .append(name)
                    .append('=')
                    .append(URLEncoder.encode(value, StandardCharsets.UTF_8));
        }
    }

    /** The link of a column's header: sorted by it, the other way round when it is the column sorted already. */
    public String sortLink(String column) {
        boolean up = column.equals(sort) ? !ascending : "title".equals(column);
        return address(column, up, 1);
    }

    /** {@code aria-sort} of a column's header. */
    public String ariaSort(String column) {
        return column.equals(sort) ? (ascending ? "ascending" : "descending") : "none";
    }

    /** The arrow shown in a column's header: ▲ ascending, ▼ descending, ↕ sortable but not sorted by. */
    public String sortMark(String column) {
        return column.equals(sort) ? (ascending ? "▲" : "▼") : "↕";
    }

    /** "수정일시 기준 내림차순 정렬", for the table's caption. */
    public String getSortText() {
        return text("sortedBy", text("column." + sort), text(ascending ? "ascending" : "descending"));
    }

    public String pageLink(int toPage) {
        return address(sort, ascending, toPage);
    }

    /** The page numbers around the current one (at most 7). */
    public List<Integer> getPageNumbers() {
        int pages = getPageCount();
        int from = Math.max(1, Math.min(page - 3, pages - 6));
        int to = Math.min(pages, from + 6);
        return IntStream.rangeClosed(from, to).boxed().toList();
    }

    public int getPageCount() {
        return (int) Math.max(1, (total + PAGE_SIZE - 1) / PAGE_SIZE);
    }

    public long getFirstShown() {
        return total == 0 ? 0 : (long) (page - 1) * PAGE_SIZE + 1;
    }

    public long getLastShown() {
        return (long) (page - 1) * PAGE_SIZE + rows.size();
    }

    private static String text(String key, Object... arguments) {
        return Texts.say(NewsTable.class, "admin.newsTable." + key, arguments);
    }

    // ---- what the page reads

    public List<PostRow> getRows() {
        return rows;
    }

    public long getTotal() {
        return total;
    }

    public int getPage() {
        return page;
    }

    /** Pinned to the head of its lists now (공지): marked beside the title. */
    public boolean pinned(PostRow row) {
        return row.isPinned(clock.instant());
    }

    /** "2026.12.31 00:00까지" for a pin with an end, else empty. */
    public String pinnedUntilText(PostRow row) {
        return row.pinnedUntil() == null ? "" : KoreanTime.compact(row.pinnedUntil());
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

    public Map<Long, Boolean> getSelected() {
        return selected;
    }

    public Long getMoveTo() {
        return moveTo;
    }

    public void setMoveTo(Long moveTo) {
        this.moveTo = moveTo;
    }

    public PublicationState getState() {
        return state;
    }

    public Long getCategoryId() {
        return categoryId;
    }

    public String getSort() {
        return sort;
    }

    public boolean isAscending() {
        return ascending;
    }

    // view parameters

    public String getStateParam() {
        return stateParam;
    }

    public void setStateParam(String stateParam) {
        this.stateParam = stateParam;
    }

    public String getCategoryParam() {
        return categoryParam;
    }

    public void setCategoryParam(String categoryParam) {
        this.categoryParam = categoryParam;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public String getSortParam() {
        return sortParam;
    }

    public void setSortParam(String sortParam) {
        this.sortParam = sortParam;
    }

    public String getDirParam() {
        return dirParam;
    }

    public void setDirParam(String dirParam) {
        this.dirParam = dirParam;
    }

    public String getPageParam() {
        return pageParam;
    }

    public void setPageParam(String pageParam) {
        this.pageParam = pageParam;
    }
}
