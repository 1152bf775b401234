package kr.co.saenal.sandan.complex;

import java.io.Serializable;
import java.time.Instant;

/**
 * A short name of the trend workbook with the complex it means, for the mapping's editors: whether an import
 * pre-filled it ({@code createdByImportId}) or an editor set it, and when.
 */
public record ShortNameRow(
        String shortName,
        long complexId,
        String complexName,
        ComplexType type,
        Sido sido,
        String sigun,
        boolean bundleMember,
        Long createdByImportId,
        String updatedBy,
        Instant updatedAt)
        implements Serializable {

    /** JPQL constructor expression over {@code ShortNameMapping m join IndustrialComplex c}. */
    static final String COLUMNS = "new kr.co.saenal.sandan.complex.ShortNameRow(m.shortName, c.id, c.name,"
            + " c.complexType, c.sido, c.sigun, c.bundleMember, m.createdByImportId, m.updatedBy, m.updatedAt)";

    public boolean prefilled() {
        return createdByImportId != null;
    }
}
