package kr.co.saenal.sandan.complex.importing;

import java.io.Serializable;
import java.util.List;
import kr.co.saenal.sandan.complex.ComplexKey;

/**
 * A complex (or a trend short name) the dry run lists as new, changed or missing: its key ({@code null} for a short
 * name), its name and 시군 as published, the bundle it belongs to, the row of the workbook ({@code 0} for a missing
 * one), the complex Sandan knows it as ({@code null} for a complex never seen before), and what changed.
 */
public record PreviewRow(
        ComplexKey key,
        String name,
        String sigun,
        String bundle,
        int sheetRow,
        Long complexId,
        List<FieldChange> changes)
        implements Serializable {

    public PreviewRow {
        changes = List.copyOf(changes);
    }

    @Override
    public String toString() {
        return (key == null ? name : key.toString()) + (changes.isEmpty() ? "" : " " + changes);
    }
}
