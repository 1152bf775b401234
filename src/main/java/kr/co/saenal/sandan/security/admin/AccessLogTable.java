package kr.co.saenal.sandan.security.admin;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import kr.co.saenal.sandan.admin.Tables;
import kr.co.saenal.sandan.security.AccessAction;
import kr.co.saenal.sandan.security.AccessEntry;
import kr.co.saenal.sandan.security.AccessLog;
import kr.co.saenal.sandan.security.AccessLogFilter;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/** /admin/system/access-log: the access log of personal data for administrators, newest first, filtered. */
@Named
@ViewScoped
public class AccessLogTable implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final int MAX_PAGE_SIZE = 100;

    @Inject
    AccessLog accessLog;

    private String staffUsername;
    private AccessAction action;
    private LocalDate from;
    private LocalDate to;
    private Long inquiryId;

    private final LazyDataModel<AccessEntry> rows = new LazyDataModel<>() {
        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) accessLog.count(filter());
        }

        @Override
        public List<AccessEntry> load(
                int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
            return accessLog.search(filter(), first, Math.min(pageSize, MAX_PAGE_SIZE));
        }

        @Override
        public String getRowKey(AccessEntry entry) {
            return Long.toString(entry.id());
        }
    };

    /** The filter changed: show the first page. */
    public void search() {
        Tables.showFirstPage("access-log:table");
    }

    private AccessLogFilter filter() {
        return new AccessLogFilter(staffUsername, action, from, to, inquiryId);
    }

    public LazyDataModel<AccessEntry> getRows() {
        return rows;
    }

    public AccessAction[] getActions() {
        return AccessAction.values();
    }

    public String getStaffUsername() {
        return staffUsername;
    }

    public void setStaffUsername(String staffUsername) {
        this.staffUsername = staffUsername;
    }

    public AccessAction getAction() {
        return action;
    }

    public void setAction(AccessAction action) {
        this.action = action;
    }

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    public LocalDate getTo() {
        return to;
    }

    public void setTo(LocalDate to) {
        this.to = to;
    }

    public Long getInquiryId() {
        return inquiryId;
    }

    public void setInquiryId(Long inquiryId) {
        this.inquiryId = inquiryId;
    }
}
