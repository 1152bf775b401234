package kr.co.saenal.sandan.inquiry.admin;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import kr.co.saenal.sandan.inquiry.export.ExportFile;
import kr.co.saenal.sandan.inquiry.export.ExportFormat;
import kr.co.saenal.sandan.inquiry.export.InquiryExport;
import kr.co.saenal.sandan.platform.FieldError;
import kr.co.saenal.sandan.platform.RuleViolationException;
import kr.co.saenal.sandan.platform.web.ContentDisposition;

/**
 * The export dialog of /admin/inquiries: the inquiries the table's search finds, as CSV or XLSX, after the
 * consultant states why. Posted with the view state; the file is the answer to that POST.
 */
@Named
@ViewScoped
public class InquiryExportForm implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    InquiryExport export;

    @Inject
    InquiryTable table;

    private String reason;
    private ExportFormat format = ExportFormat.CSV;

    public void download() throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        try {
            send(faces, export.export(table.getSearch(), format, reason, StaffActors.current(faces)));
        } catch (RuleViolationException e) {
            for (FieldError error : e.errors()) {
                faces.addMessage(
                        error.field().equals("reason") ? "export:reason" : null,
                        new FacesMessage(FacesMessage.SEVERITY_ERROR, error.message(), null));
            }
            faces.validationFailed();
        }
    }

    private static void send(FacesContext faces, ExportFile file) throws IOException {
        ExternalContext response = faces.getExternalContext();
        response.setResponseContentType(file.contentType());
        response.setResponseContentLength(file.content().length);
        response.setResponseHeader(
                "Content-Disposition", ContentDisposition.attachment(file.asciiFileName(), file.fileName()));
        response.setResponseHeader("Cache-Control", "no-store");
        response.getResponseOutputStream().write(file.content());
        faces.responseComplete();
    }

    public ExportFormat[] getFormats() {
        return ExportFormat.values();
    }

    public int getMaxRows() {
        return InquiryExport.MAX_ROWS;
    }

    public int getMaxReasonLength() {
        return InquiryExport.MAX_REASON_LENGTH;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public ExportFormat getFormat() {
        return format;
    }

    public void setFormat(ExportFormat format) {
        this.format = format;
    }
}
