package kr.co.saenal.sandan.admin;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import kr.co.saenal.sandan.inquiry.InquiryDesk;
import kr.co.saenal.sandan.inquiry.InquiryRow;
import kr.co.saenal.sandan.inquiry.InquiryStatus;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/** /admin/inquiries: consultation requests, newest first, masked, one page at a time from the database. */
@Named
@ViewScoped
public class InquiryTable implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    InquiryDesk desk;

    private InquiryStatus status;

    private final LazyDataModel<InquiryRow> rows = new LazyDataModel<>() {
        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) desk.count(status);
        }

        @Override
        public List<InquiryRow> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
            return desk.list(status, first, Math.min(pageSize, InquiryDesk.MAX_PAGE_SIZE));
        }

        @Override
        public String getRowKey(InquiryRow row) {
            return Long.toString(row.id());
        }
    };

    public LazyDataModel<InquiryRow> getRows() {
        return rows;
    }

    public InquiryStatus[] getStatuses() {
        return InquiryStatus.values();
    }

    public InquiryStatus getStatus() {
        return status;
    }

    public void setStatus(InquiryStatus status) {
        this.status = status;
    }
}
