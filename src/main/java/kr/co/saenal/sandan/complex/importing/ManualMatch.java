package kr.co.saenal.sandan.complex.importing;

import java.io.Serializable;
import java.util.Objects;
import kr.co.saenal.sandan.complex.ComplexKey;

/**
 * An editor's word that a row of the workbook ({@code rowKey}, as the preview shows it among the new complexes) is
 * a complex Sandan already knows under another name ({@code complexId}, among the missing ones): a renamed complex
 * keeps its id, address and history.
 */
public record ManualMatch(ComplexKey rowKey, long complexId) implements Serializable {

    public ManualMatch {
        Objects.requireNonNull(rowKey, "rowKey");
    }
}
