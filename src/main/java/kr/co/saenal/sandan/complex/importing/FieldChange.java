package kr.co.saenal.sandan.complex.importing;

import java.io.Serializable;
import kr.co.saenal.sandan.platform.Texts;

/**
 * One difference between a row of the workbook and the last import: which field ({@code importField.<field>} in
 * complex/Texts: a figure's name such as DESIGNATED_AREA, or NAME, SIGUN, STATUS, BUNDLE, AGED, SPANS_TWO_REGIONS),
 * and its value before and after (a {@code Figure}, a status, a name, a flag).
 */
public record FieldChange(String field, Serializable before, Serializable after) implements Serializable {

    public String label() {
        return Texts.say(FieldChange.class, "importField." + field);
    }

    @Override
    public String toString() {
        return field + ": " + before + " → " + after;
    }
}
