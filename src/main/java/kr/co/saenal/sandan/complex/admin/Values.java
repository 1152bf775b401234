package kr.co.saenal.sandan.complex.admin;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import kr.co.saenal.sandan.complex.DevelopmentStatus;
import kr.co.saenal.sandan.complex.Figure;
import kr.co.saenal.sandan.complex.StatisticsField;
import kr.co.saenal.sandan.complex.TrendField;
import kr.co.saenal.sandan.complex.Unit;
import kr.co.saenal.sandan.complex.WorkbookKind;
import kr.co.saenal.sandan.platform.Texts;

/** The values of a dry run as editors read them: figures with their units, "X" as 비공개, flags as 예 / 아니오. */
final class Values {

    private Values() {}

    /** A value of a field change ({@code FieldChange.before/after}) of a workbook of {@code kind}. */
    static String text(WorkbookKind kind, String field, Object value) {
        if (value == null) {
            return ComplexImportPage.text("value.empty");
        }
        if (value instanceof Figure figure) {
            if (!figure.hasValue()) {
                return figure.mark().label();
            }
            Unit unit = unit(kind, field);
            String number = decimal(figure.value());
            return unit == null ? number : ComplexImportPage.text("value.withUnit", number, unit.label());
        }
        if (value instanceof Boolean flag) {
            return ComplexImportPage.text(flag ? "value.yes" : "value.no");
        }
        if (value instanceof DevelopmentStatus status) {
            return status.label();
        }
        return value.toString();
    }

    private static Unit unit(WorkbookKind kind, String field) {
        try {
            return kind == WorkbookKind.TREND
                    ? TrendField.valueOf(field).unit()
                    : StatisticsField.valueOf(field).unit();
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** 1234.500 → "1,234.5": every decimal the workbook has, no trailing zeros. */
    static String decimal(BigDecimal value) {
        DecimalFormat format = new DecimalFormat("#,##0", DecimalFormatSymbols.getInstance(Locale.ROOT));
        BigDecimal plain = value.stripTrailingZeros();
        format.setMinimumFractionDigits(Math.max(0, plain.scale()));
        format.setMaximumFractionDigits(Math.max(0, plain.scale()));
        return format.format(plain);
    }

    static String number(long value) {
        return String.format(Locale.ROOT, "%,d", value);
    }

    /** A file's size: "743KB", "1.4MB". */
    static String size(long bytes) {
        if (bytes < 1024 * 1024) {
            return Texts.say(Values.class, "admin.importPage.size.kilobytes", String.valueOf((bytes + 1023) / 1024));
        }
        String megabytes = String.format(Locale.ROOT, "%.1f", bytes / (1024.0 * 1024));
        return Texts.say(
                Values.class,
                "admin.importPage.size.megabytes",
                megabytes.endsWith(".0") ? megabytes.substring(0, megabytes.length() - 2) : megabytes);
    }
}
