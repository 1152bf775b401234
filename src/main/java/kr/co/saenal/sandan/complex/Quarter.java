package kr.co.saenal.sandan.complex;

import java.io.Serializable;
import java.util.Comparator;
import java.util.Locale;
import kr.co.saenal.sandan.platform.Texts;

/** A quarter of a year, the period of a workbook (2025년 3분기). */
public record Quarter(int year, int quarter) implements Comparable<Quarter>, Serializable {

    private static final Comparator<Quarter> ORDER =
            Comparator.comparingInt(Quarter::year).thenComparingInt(Quarter::quarter);

    public Quarter {
        if (quarter < 1 || quarter > 4) {
            throw new IllegalArgumentException("No quarter " + quarter);
        }
        if (year < 1960 || year > 2999) {
            throw new IllegalArgumentException("Not a plausible year: " + year);
        }
    }

    @Override
    public int compareTo(Quarter other) {
        return ORDER.compare(this, other);
    }

    public boolean isBefore(Quarter other) {
        return compareTo(other) < 0;
    }

    /** "2025년 3분기" in Korean, "Q3 2025" in English. */
    public String label() {
        return Texts.say(Quarter.class, "quarter.label", String.valueOf(year), quarter);
    }

    public String label(Locale locale) {
        return Texts.format(Quarter.class, locale, "quarter.label", String.valueOf(year), quarter);
    }

    public String getLabel() {
        return label();
    }

    @Override
    public String toString() {
        return year + "Q" + quarter;
    }
}
