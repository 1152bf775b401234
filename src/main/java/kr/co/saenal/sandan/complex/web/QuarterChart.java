package kr.co.saenal.sandan.complex.web;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * A bar chart of figures quarter by quarter, drawn on the server as SVG markup (no script): one group of bars per
 * quarter, one bar per series, a value axis from zero with round ticks, the quarters below and a legend above. It
 * stands for a table beside it, so it is one image ({@code role="img"}) named by its title and described by its
 * summary. A value with no number (KICOX's "X" or "-") leaves its bar out and writes its note at the baseline.
 * Colours come from the site's CSS through classes ({@code series-0}, {@code series-1} …).
 *
 * @param id the element id its title and description hang on (unique in the page)
 * @param title what the chart shows, its accessible name
 * @param description a sentence for screen readers (the table beside it has the numbers)
 * @param quarters the labels of the groups, oldest first
 * @param series the bars of each group; every series has one value per quarter
 * @param fixedTop the top of the value axis when it is known (100 for percentages), else {@code null}
 * @param locale how numbers on the axis and above the bars are written
 */
public record QuarterChart(
        String id,
        String title,
        String description,
        List<String> quarters,
        List<Series> series,
        BigDecimal fixedTop,
        Locale locale) {

    static final int WIDTH = 560;
    static final int HEIGHT = 280;
    private static final int LEFT = 72;
    private static final int RIGHT = 16;
    private static final int TOP = 44;
    private static final int BOTTOM = 40;
    private static final int TICKS = 4;
    /** Up to this many bars, each carries its number. */
    private static final int LABELLED_BARS = 12;

    public QuarterChart {
        Objects.requireNonNull(id, "id");
        quarters = List.copyOf(quarters);
        series = List.copyOf(series);
        for (Series s : series) {
            if (s.values().size() != quarters.size()) {
                throw new IllegalArgumentException(
                        "Series " + s.label() + " has " + s.values().size() + " values for " + quarters.size());
            }
        }
    }

    /** One series: its legend label and one value per quarter. */
    public record Series(String label, List<Value> values) {
        public Series {
            values = List.copyOf(values);
        }
    }

    /** A number, or the note said in its place ("비공개", "없음"). */
    public record Value(BigDecimal number, String note) {
        public static Value of(BigDecimal number) {
            return new Value(Objects.requireNonNull(number, "number"), null);
        }

        public static Value missing(String note) {
            return new Value(null, note);
        }
    }

    /** The chart as an {@code <svg>} element. */
    public String svg() {
        NumberFormat numbers = NumberFormat.getNumberInstance(locale);
        numbers.setMaximumFractionDigits(2);
        BigDecimal top = top();
        BigDecimal step = top.divide(BigDecimal.valueOf(TICKS), 10, RoundingMode.HALF_UP);
        int plotWidth = WIDTH - LEFT - RIGHT;
        int plotHeight = HEIGHT - TOP - BOTTOM;
        int baseline = TOP + plotHeight;
        StringBuilder svg = new StringBuilder(2048);
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"quarter-chart\" viewBox=\"0 0 ")
                .append(WIDTH)
                .append(' ')
                .append(HEIGHT)
                .append("\" role=\"img\" aria-labelledby=\"")
                .append(escape(id))
                .append("-title ")
                .append(escape(id))
                .append("-desc\" id=\"")
                .append(escape(id))
                .append("\">");
        svg.append("<title id=\"")
                .append(escape(id))
                .append("-title\">")
                .append(escape(title))
                .append("</title>");
        svg.append("<desc id=\"")
                .append(escape(id))
                .append("-desc\">")
                .append(escape(description))
                .append("</desc>");
        // value axis: gridlines and their numbers
        for (int t = 0; t <= TICKS; t++) {
            BigDecimal tick = step.multiply(BigDecimal.valueOf(t));
            double y = baseline - plotHeight * (double) t / TICKS;
            svg.append("<line class=\"grid\" x1=\"")
                    .append(LEFT)
                    .append("\" x2=\"")
                    .append(WIDTH - RIGHT)
                    .append("\" y1=\"")
                    .append(coordinate(y))
                    .append("\" y2=\"")
                    .append(coordinate(y))
                    .append("\"/>");
            svg.append("<text class=\"axis\" x=\"")
                    .append(LEFT - 8)
                    .append("\" y=\"")
                    .append(coordinate(y + 4))
                    .append("\" text-anchor=\"end\">")
                    .append(escape(numbers.format(tick)))
                    .append("</text>");
        }
        // legend
        double legendX = LEFT;
        for (int s = 0; s < series.size(); s++) {
            svg.append("<rect class=\"series-")
                    .append(s)
                    .append("\" x=\"")
                    .append(coordinate(legendX))
                    .append("\" y=\"10\" width=\"14\" height=\"14\" rx=\"2\"/>");
            svg.append("<text class=\"legend\" x=\"")
                    .append(coordinate(legendX + 20))
                    .append("\" y=\"23\">")
                    .append(escape(series.get(s).label()))
                    .append("</text>");
            legendX += 20 + textWidth(series.get(s).label()) + 24;
        }
        // bars, quarter by quarter
        int groups = Math.max(1, quarters.size());
        double groupWidth = (double) plotWidth / groups;
        int bars = series.size();
        double barsWidth = Math.min(groupWidth * 0.7, bars * 56.0);
        double barWidth = bars == 0 ? 0 : barsWidth / bars;
        boolean labelled = quarters.size() * bars <= LABELLED_BARS;
        for (int q = 0; q < quarters.size(); q++) {
            double groupX = LEFT + groupWidth * q;
            double firstBar = groupX + (groupWidth - barsWidth) / 2;
            for (int s = 0; s < bars; s++) {
                Value value = series.get(s).values().get(q);
                double x = firstBar + barWidth * s;
                double centre = x + barWidth / 2;
                if (value.number() == null) {
                    svg.append("<text class=\"note\" x=\"")
                            .append(coordinate(centre))
                            .append("\" y=\"")
                            .append(baseline - 6)
                            .append("\" text-anchor=\"middle\">")
                            .append(escape(value.note() == null ? "" : value.note()))
                            .append("</text>");
                    continue;
                }
                double height = top.signum() == 0
                        ? 0
                        : plotHeight * Math.max(0, Math.min(1, value.number().doubleValue() / top.doubleValue()));
                svg.append("<rect class=\"series-")
                        .append(s)
                        .append("\" x=\"")
                        .append(coordinate(x + 2))
                        .append("\" y=\"")
                        .append(coordinate(baseline - height))
                        .append("\" width=\"")
                        .append(coordinate(Math.max(1, barWidth - 4)))
                        .append("\" height=\"")
                        .append(coordinate(height))
                        .append("\"/>");
                if (labelled) {
                    svg.append("<text class=\"value\" x=\"")
                            .append(coordinate(centre))
                            .append("\" y=\"")
                            .append(coordinate(baseline - height - 6))
                            .append("\" text-anchor=\"middle\">")
                            .append(escape(numbers.format(value.number())))
                            .append("</text>");
                }
            }
            svg.append("<text class=\"axis\" x=\"")
                    .append(coordinate(groupX + groupWidth / 2))
                    .append("\" y=\"")
                    .append(baseline + 24)
                    .append("\" text-anchor=\"middle\">")
                    .append(escape(quarters.get(q)))
                    .append("</text>");
        }
        svg.append("<line class=\"baseline\" x1=\"")
                .append(LEFT)
                .append("\" x2=\"")
                .append(WIDTH - RIGHT)
                .append("\" y1=\"")
                .append(baseline)
                .append("\" y2=\"")
                .append(baseline)
                .append("\"/>");
        return svg.append("</svg>").toString();
    }

    /** The top of the value axis: the fixed one, else the largest value rounded up to a round step (1 when none). */
    BigDecimal top() {
        if (fixedTop != null) {
            return fixedTop;
        }
        BigDecimal largest = series.stream()
                .flatMap(s -> s.values().stream())
                .map(Value::number)
                .filter(Objects::nonNull)
                .max(BigDecimal::compareTo)
                .orElse(BigDecimal.ZERO);
        if (largest.signum() <= 0) {
            return BigDecimal.valueOf(TICKS);
        }
        double rawStep = largest.doubleValue() / TICKS;
        double magnitude = Math.pow(10, Math.floor(Math.log10(rawStep)));
        double step = magnitude * 10;
        for (double factor : new double[] {1, 2, 2.5, 5, 10}) {
            if (magnitude * factor >= rawStep) {
                step = magnitude * factor;
                break;
            }
        }
        return BigDecimal.valueOf(step).multiply(BigDecimal.valueOf(TICKS)).stripTrailingZeros();
    }

    /** Roughly how wide a legend text is at 16px: Hangul and other wide letters twice a Latin one. */
    private static double textWidth(String text) {
        double width = 0;
        for (int i = 0; i < text.length(); i++) {
            width += text.charAt(i) < 0x1100 ? 9 : 16;
        }
        return width;
    }

    private static String coordinate(double value) {
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            throw new IllegalStateException("Not a coordinate: " + value);
        }
        return BigDecimal.valueOf(value)
                .setScale(1, RoundingMode.HALF_UP)
                .stripTrailingZeros()
                .toPlainString();
    }

    /** Text and attribute values of the markup: {@code & < > " '} written as references. */
    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
