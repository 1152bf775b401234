package kr.co.saenal.sandan.complex.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.util.Locale;
import kr.co.saenal.sandan.complex.Figure;
import kr.co.saenal.sandan.complex.Mark;

/**
 * KICOX's figures as the directory's pages write them ({@code #{directoryFormat}}): grouped the Korean way
 * (1,485,658; 82.7), "X" as 비공개 and "-" as 없음 (never 0), a figure a row lacks as a dash.
 */
@Named
@ApplicationScoped
public class DirectoryFormat {

    /** What a cell shows for a figure a row was written without. */
    static final String ABSENT = "\u2013";

    /** A figure with at most {@code decimals} decimals, or its mark's word. */
    public String figure(Figure figure, int decimals) {
        if (figure == null) {
            return ABSENT;
        }
        if (!figure.hasValue()) {
            return mark(figure.mark());
        }
        return number(figure.value(), decimals);
    }

    /** A whole count (firms): 129,922. */
    public String count(Figure figure) {
        return figure(figure, 0);
    }

    /** An area in 천㎡, to one decimal: 1,234.5. */
    public String area(Figure figure) {
        return figure(figure, 1);
    }

    /** A rate in %, to one decimal, without the sign: 82.7. */
    public String rate(Figure figure) {
        return figure(figure, 1);
    }

    /** A sum (no marks): grouped, at most {@code decimals} decimals. */
    public String number(BigDecimal value, int decimals) {
        if (value == null) {
            return ABSENT;
        }
        NumberFormat format = NumberFormat.getNumberInstance(Locale.KOREA);
        format.setMaximumFractionDigits(decimals);
        format.setMinimumFractionDigits(0);
        format.setRoundingMode(RoundingMode.HALF_UP);
        return format.format(value);
    }

    /** A count: 1,349. */
    public String number(long value) {
        return NumberFormat.getIntegerInstance(Locale.KOREA).format(value);
    }

    /** The width of a 분양률 bar, 0–100 (a marked or missing rate draws none). */
    public String barWidth(Figure rate) {
        if (rate == null || !rate.hasValue()) {
            return "0";
        }
        BigDecimal clamped = rate.value().max(BigDecimal.ZERO).min(BigDecimal.valueOf(100));
        return clamped.setScale(1, RoundingMode.HALF_UP).toPlainString();
    }

    /** Whether the figure is a number (a bar is drawn, the cell reads as a number). */
    public boolean hasValue(Figure figure) {
        return figure != null && figure.hasValue();
    }

    private static String mark(Mark mark) {
        return mark.label();
    }
}
