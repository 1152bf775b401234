package kr.co.saenal.sandan.inquiry.admin;

import jakarta.faces.context.FacesContext;
import jakarta.faces.model.SelectItem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import kr.co.saenal.sandan.admin.Tables;
import kr.co.saenal.sandan.inquiry.InquiryDesk;
import kr.co.saenal.sandan.inquiry.InquiryRow;
import kr.co.saenal.sandan.inquiry.InquirySearch;
import kr.co.saenal.sandan.inquiry.InquirySort;
import kr.co.saenal.sandan.inquiry.InquiryStatus;
import kr.co.saenal.sandan.inquiry.InquiryTopic;
import kr.co.saenal.sandan.platform.Texts;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/**
 * /admin/inquiries: consultation requests, masked, one page at a time from the database, newest first or sorted by a
 * column; filtered by status, assignee (mine, unassigned, someone's), topic, received dates and overdue first
 * responses, and searched by name, company or phone number. Filter and sort come from the address
 * ({@code ?status=&assignee=&topic=&from=&to=&overdue=&q=&sort=&dir=}: the dashboard's cards link here) and are kept
 * there as they change (admin.js). The export dialog takes the same search.
 */
@Named
@ViewScoped
public class InquiryTable implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    InquiryDesk desk;

    /** Whose requests: {@link #MINE}, {@link #UNASSIGNED}, a username, or all (null or empty). */
    static final String MINE = "@mine";

    static final String UNASSIGNED = "@none";

    @Inject
    Clock clock;

    private InquiryStatus status;
    private String assignee;
    private String text;
    private InquiryTopic topic;
    private String from;
    private String to;
    private boolean overdue;

    private boolean unfinished;
    private InquirySort sort = InquirySort.NEWEST;
    private Long found;
    private transient List<SelectItem> assignees;

    private final LazyDataModel<InquiryRow> rows = new LazyDataModel<>() {
        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            found = desk.count(getSearch());
            return (int) found.longValue();
        }

        @Override
        public List<InquiryRow> load(
                int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
            return desk.list(getSearch(), sort, first, Math.min(pageSize, InquiryDesk.MAX_PAGE_SIZE));
        }

        @Override
        public String getRowKey(InquiryRow row) {
            return Long.toString(row.id());
        }
    };

    /** The status or the search text changed: show the first page. */
    public void search() {
        Tables.showFirstPage("inquiries:table");
    }

    public InquirySearch getSearch() {
        return new InquirySearch(
                status,
                text,
                assigneeFilter(),
                topic,
                date(from),
                date(to),
                overdue ? clock.instant() : null,
                unfinished);
    }

    /** A date as the address and the date inputs write it (2026-12-01), or none. */
    private static LocalDate date(String text) {
        try {
            return text == null || text.isBlank() ? null : LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** Past its first-response target: flagged in the list. */
    public boolean overdue(InquiryRow row) {
        return row.overdueAt(clock.instant());
    }

    /**
     * The link of a column's header: this list sorted by the column, the other way round when it is sorted by it
     * already (newest first for times, A to Z for the rest), with the filters it has now.
     */
    public String sortLink(String column) {
        boolean up = column.equals(sort.column()) ? !sort.ascending() : !InquirySort.RECEIVED.equals(column);
        StringBuilder out = new StringBuilder();
        add(out, "status", getStatusParam());
        add(out, "assignee", assignee);
        add(out, "topic", getTopicParam());
        add(out, "from", from);
        add(out, "to", to);
        add(out, "overdue", overdue ? "true" : null);
        add(out, "unfinished", unfinished ? "true" : null);
        add(out, "q", text);
        add(out, "sort", column);
        add(out, "dir", up ? "asc" : "desc");
        return out.toString();
    }

    private static void add(StringBuilder out, String name, String value) {
        if (value != null && !value.isBlank()) {
            out.append(out.length() == 0 ? '?' : '&')
                    .append(name)
                    .append('=')
                    .append(java.net.URLEncoder.encode(value, java.nio.charset.StandardCharsets.UTF_8));
        }
    }

    /** The arrow of a column's header: ▲ ascending, ▼ descending, ↕ sortable but not sorted by. */
    public String sortMark(String column) {
        return column.equals(sort.column()) ? (sort.ascending() ? "▲" : "▼") : "↕";
    }

    /** For screen readers, beside the arrow. */
    public String sortState(String column) {
        return column.equals(sort.column())
                ? Texts.say(
                        InquiryTable.class,
                        sort.ascending() ? "admin.inquiryTable.ascending" : "admin.inquiryTable.descending")
                : "";
    }

    public String getSortParam() {
        return sort.column();
    }

    /** An unknown column leaves the list newest first, whatever direction the address asks for. */
    public void setSortParam(String column) {
        sort = InquirySort.sortable(column) ? new InquirySort(column, sort.ascending()) : InquirySort.NEWEST;
    }

    public String getDirParam() {
        return sort.ascending() ? "asc" : "desc";
    }

    public void setDirParam(String dir) {
        if (sort != InquirySort.NEWEST) {
            sort = new InquirySort(sort.column(), "asc".equals(dir));
        }
    }

    public InquiryTopic[] getTopics() {
        return InquiryTopic.values();
    }

    public InquiryTopic getTopic() {
        return topic;
    }

    public void setTopic(InquiryTopic topic) {
        this.topic = topic;
    }

    /** The topic as the address has it ({@code ?topic=FUNDING}); anything else shows every topic. */
    public String getTopicParam() {
        return topic == null ? null : topic.name();
    }

    public void setTopicParam(String value) {
        topic = java.util.Arrays.stream(InquiryTopic.values())
                .filter(t -> t.name().equals(value))
                .findFirst()
                .orElse(null);
    }

    public String getFrom() {
        return from;
    }

    public void setFrom(String from) {
        this.from = date(from) == null ? null : from.strip();
    }

    public String getTo() {
        return to;
    }

    public void setTo(String to) {
        this.to = date(to) == null ? null : to.strip();
    }

    public boolean isOverdue() {
        return overdue;
    }

    public void setOverdue(boolean overdue) {
        this.overdue = overdue;
    }

    /** The received-date filter as the export dialog says it (2026-11-26~, ~2026-12-01 or both), or none. */
    public String getReceivedRange() {
        LocalDate first = date(from);
        LocalDate last = date(to);
        return first == null && last == null
                ? null
                : (first == null ? "" : first.toString()) + "~" + (last == null ? "" : last.toString());
    }

    /** Only requests not finished yet (접수, 상담 중): the dashboard's 처리 중 card. */
    public boolean isUnfinished() {
        return unfinished;
    }

    public void setUnfinished(boolean unfinished) {
        this.unfinished = unfinished;
    }

    private String assigneeFilter() {
        if (assignee == null || assignee.isBlank()) {
            return null;
        }
        return switch (assignee) {
            case MINE -> FacesContext.getCurrentInstance().getExternalContext().getRemoteUser();
            case UNASSIGNED -> "";
            default -> assignee;
        };
    }

    /** 내 담당, 미배정, then every consultant and administrator who may be assigned a request. */
    public List<SelectItem> getAssignees() {
        if (assignees == null) {
            assignees = new ArrayList<>();
            assignees.add(new SelectItem(MINE, Texts.say(InquiryTable.class, "admin.inquiryTable.mine")));
            assignees.add(new SelectItem(UNASSIGNED, Texts.say(InquiryTable.class, "admin.inquiryTable.unassigned")));
            desk.assignees().forEach(s -> assignees.add(new SelectItem(s.username(), s.displayName())));
        }
        return assignees;
    }

    /** The assignee filter in words for the export dialog ("내 담당"), or empty when there is none. */
    public String getAssigneeLabel() {
        if (assignee == null || assignee.isBlank()) {
            return "";
        }
        return getAssignees().stream()
                .filter(item -> assignee.equals(item.getValue()))
                .map(SelectItem::getLabel)
                .findFirst()
                .orElse(assignee);
    }

    public String getAssignee() {
        return assignee;
    }

    public void setAssignee(String assignee) {
        this.assignee = assignee;
    }

    /** How many inquiries the search finds: as the table last counted them (the export dialog shows it). */
    public long getFound() {
        if (found == null) {
            found = desk.count(getSearch());
        }
        return found;
    }

    public LazyDataModel<InquiryRow> getRows() {
        return rows;
    }

    public InquiryStatus[] getStatuses() {
        return InquiryStatus.values();
    }

    /** The status as the address has it ({@code ?status=RECEIVED}); anything else shows every status. */
    public String getStatusParam() {
        return status == null ? null : status.name();
    }

    public void setStatusParam(String value) {
        status = java.util.Arrays.stream(InquiryStatus.values())
                .filter(s -> s.name().equals(value))
                .findFirst()
                .orElse(null);
    }

    public InquiryStatus getStatus() {
        return status;
    }

    public void setStatus(InquiryStatus status) {
        this.status = status;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }
}
