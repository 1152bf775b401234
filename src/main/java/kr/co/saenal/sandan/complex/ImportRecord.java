package kr.co.saenal.sandan.complex;

import java.io.Serializable;
import java.time.Instant;

/**
 * One import as lists show it: the workbook's kind and quarter, the file, who imported it when, and whether its
 * figures are the ones shown for its quarter ({@code current}; false once the quarter was imported again).
 */
public record ImportRecord(
        long id,
        WorkbookKind kind,
        Quarter quarter,
        String fileName,
        String sha256,
        long byteSize,
        int rowCount,
        String importedBy,
        Instant importedAt,
        boolean current,
        Long replacedImportId)
        implements Serializable {

    public static ImportRecord of(WorkbookImport i) {
        return new ImportRecord(
                i.getId(),
                i.getKind(),
                i.quarter(),
                i.getFileName(),
                i.getSha256(),
                i.getByteSize(),
                i.getRowCount(),
                i.getImportedBy(),
                i.getImportedAt(),
                i.isCurrentFigures(),
                i.getReplacedImportId());
    }
}
