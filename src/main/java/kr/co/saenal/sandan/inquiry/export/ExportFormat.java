package kr.co.saenal.sandan.inquiry.export;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

/** The files a consultant can take inquiries away in. */
public enum ExportFormat {
    CSV("CSV (엑셀·한글 호환)", "text/csv; charset=UTF-8", "csv"),
    XLSX("엑셀 (XLSX)", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx");

    private final String label;
    private final String contentType;
    private final String extension;

    ExportFormat(String label, String contentType, String extension) {
        this.label = label;
        this.contentType = contentType;
        this.extension = extension;
    }

    public String getLabel() {
        return label;
    }

    public String contentType() {
        return contentType;
    }

    public String extension() {
        return extension;
    }

    byte[] write(List<ExportedInquiry> inquiries) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            if (this == CSV) {
                InquiryCsv.write(inquiries, out);
            } else {
                InquiryWorkbook.write(inquiries, out);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write the " + this + " export", e);
        }
        return out.toByteArray();
    }
}
