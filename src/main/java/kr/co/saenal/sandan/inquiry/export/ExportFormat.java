package kr.co.saenal.sandan.inquiry.export;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import kr.co.saenal.sandan.platform.Texts;

/** The files a consultant can take inquiries away in. */
public enum ExportFormat {
    CSV("text/csv; charset=UTF-8", "csv"),
    XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx");

    private final String contentType;
    private final String extension;

    ExportFormat(String contentType, String extension) {
        this.contentType = contentType;
        this.extension = extension;
    }

    /** What a consultant reads for it, in the language of the request being served. */
    public String getLabel() {
        return Texts.say(ExportFormat.class, "export.format." + name());
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
