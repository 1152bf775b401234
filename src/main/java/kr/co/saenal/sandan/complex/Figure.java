package kr.co.saenal.sandan.complex;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * One number of a workbook in its own unit (천㎡, 개, %, 억원 …): a value, or a {@link Mark} saying why there is none
 * ("X" suppressed, "-" none). Values are exact decimals as the workbook holds them; two figures are equal when their
 * numbers are (1.50 equals 1.5).
 */
@Embeddable
public class Figure implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Mapped per use with {@code @AttributeOverride} (designated_area, designated_area_mark …). */
    @Column
    private BigDecimal value;

    @Column(length = 1)
    private Mark mark;

    protected Figure() {}

    private Figure(BigDecimal value, Mark mark) {
        if ((value == null) == (mark == null)) {
            throw new IllegalArgumentException("A figure is a value or a mark: " + value + ", " + mark);
        }
        this.value = value;
        this.mark = mark;
    }

    public static Figure of(BigDecimal value) {
        return new Figure(Objects.requireNonNull(value, "value"), null);
    }

    public static Figure of(long value) {
        return of(BigDecimal.valueOf(value));
    }

    public static Figure suppressed() {
        return new Figure(null, Mark.SUPPRESSED);
    }

    public static Figure none() {
        return new Figure(null, Mark.NONE);
    }

    public static Figure marked(Mark mark) {
        return new Figure(null, Objects.requireNonNull(mark, "mark"));
    }

    /** A figure from its two columns; {@code null} when both are empty (a row written without it). */
    public static Figure ofColumns(BigDecimal value, Mark mark) {
        if (value == null && mark == null) {
            return null;
        }
        return value != null ? of(value) : marked(mark);
    }

    /** The number, or {@code null} when the figure is marked. */
    public BigDecimal value() {
        return value;
    }

    /** Why there is no number, or {@code null} when there is one. */
    public Mark mark() {
        return mark;
    }

    public boolean hasValue() {
        return value != null;
    }

    public boolean isSuppressed() {
        return mark == Mark.SUPPRESSED;
    }

    public boolean isNone() {
        return mark == Mark.NONE;
    }

    /** The same figure with its value rounded to {@code scale} decimals (what a column of that scale keeps). */
    public Figure scaled(int scale) {
        if (value == null || value.scale() <= scale) {
            return this;
        }
        return of(value.setScale(scale, java.math.RoundingMode.HALF_UP));
    }

    @Override
    public boolean equals(Object other) {
        if (this == other) {
            return true;
        }
        if (!(other instanceof Figure that)) {
            return false;
        }
        if (value == null || that.value == null) {
            return value == that.value && mark == that.mark;
        }
        return value.compareTo(that.value) == 0;
    }

    @Override
    public int hashCode() {
        return value == null ? mark.hashCode() : value.stripTrailingZeros().hashCode();
    }

    /** The value as plain text (1922, 82.72), or the workbook's mark (X, -). */
    @Override
    public String toString() {
        return value == null ? mark.code() : value.stripTrailingZeros().toPlainString();
    }
}
