package kr.co.saenal.sandan.inquiry.admin;

import jakarta.faces.context.FacesContext;
import jakarta.faces.model.SelectItem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import kr.co.saenal.sandan.admin.Tables;
import kr.co.saenal.sandan.inquiry.InquiryDesk;
import kr.co.saenal.sandan.inquiry.InquiryRow;
import kr.co.saenal.sandan.inquiry.InquirySearch;
import kr.co.saenal.sandan.inquiry.InquiryStatus;
import kr.co.saenal.sandan.platform.Texts;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/**
 * /admin/inquiries: consultation requests, newest first, masked, one page at a time from the database; filtered
 * by status and by assignee (mine, unassigned, someone's) and searched by name, company or phone number. The filter
 * comes from the address ({@code ?status=&assignee=&q=}: the dashboard's cards link here) and is kept there as it
 * changes (admin.js). The export dialog takes the same search.
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

    private InquiryStatus status;
    private String assignee;
    private String text;
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
            return desk.list(getSearch(), first, Math.min(pageSize, InquiryDesk.MAX_PAGE_SIZE));
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
        return new InquirySearch(status, text, assigneeFilter());
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
