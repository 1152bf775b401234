package kr.co.saenal.sandan.complex.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import kr.co.saenal.sandan.complex.web.QuarterChart.Series;
import kr.co.saenal.sandan.complex.web.QuarterChart.Value;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

class QuarterChartTest {

    private static QuarterChart chart(List<String> quarters, List<Series> series, BigDecimal fixedTop) {
        return new QuarterChart(
                "firms",
                "Firms by quarter",
                "The table below has the numbers.",
                quarters,
                series,
                fixedTop,
                Locale.KOREAN);
    }

    private static Document parse(String svg) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void oneQuarterIsOneGroupOfBarsWithTheirNumbersAndANamedImage() throws Exception {
        String svg = chart(
                        List.of("2025Q3"),
                        List.of(
                                new Series("tenant", List.of(Value.of(new BigDecimal("8080")))),
                                new Series("operating", List.of(Value.of(new BigDecimal("7422"))))),
                        null)
                .svg();
        Document doc = parse(svg);
        assertEquals("img", doc.getDocumentElement().getAttribute("role"));
        assertEquals("firms-title firms-desc", doc.getDocumentElement().getAttribute("aria-labelledby"));
        assertEquals(
                "Firms by quarter", doc.getElementsByTagName("title").item(0).getTextContent());
        assertTrue(svg.contains(">8,080</text>"), svg);
        assertTrue(svg.contains(">7,422</text>"), svg);
        assertTrue(svg.contains(">2025Q3</text>"), svg);
        assertTrue(svg.contains(">10,000</text>"), "axis rounded up to a round top: " + svg);
        assertEquals(2 + 2, count(svg, "<rect class=\"series-"), "two bars and two legend keys");
        assertFalse(svg.contains("NaN"));
    }

    @Test
    void manyQuartersKeepTheirOrderAndBarsScaleToTheAxis() throws Exception {
        String svg = chart(
                        List.of("Q1", "Q2"),
                        List.of(new Series(
                                "rate", List.of(Value.of(new BigDecimal("50")), Value.of(new BigDecimal("100"))))),
                        new BigDecimal("100"))
                .svg();
        parse(svg);
        assertTrue(svg.indexOf(">Q1<") < svg.indexOf(">Q2<"));
        List<Double> heights = heights(svg);
        // the legend key (14) then the bars: half the plot and the whole plot
        assertEquals(14.0, heights.get(0));
        assertEquals(heights.get(2), 2 * heights.get(1), 0.2);
        assertEquals(QuarterChart.HEIGHT - 44 - 40, heights.get(2), 0.1);
    }

    @Test
    void equalSuppressedOrZeroValuesDrawNoNaN() throws Exception {
        for (List<Value> values : List.of(
                List.of(Value.of(BigDecimal.ZERO), Value.of(BigDecimal.ZERO)),
                List.of(Value.missing("비공개"), Value.missing("없음")),
                List.of(Value.of(new BigDecimal("7")), Value.of(new BigDecimal("7"))))) {
            String svg = chart(List.of("a", "b"), List.of(new Series("s", values)), null)
                    .svg();
            parse(svg);
            assertFalse(svg.contains("NaN"), svg);
            assertFalse(svg.contains("Infinity"), svg);
        }
        String svg = chart(
                        List.of("a", "b"),
                        List.of(new Series("s", List.of(Value.missing("비공개"), Value.missing("없음")))),
                        null)
                .svg();
        assertTrue(svg.contains(">비공개</text>") && svg.contains(">없음</text>"), "notes said in place of bars");
        assertEquals(1, count(svg, "<rect class=\"series-"), "no bar, only the legend key");
    }

    @Test
    void textIsEscaped() throws Exception {
        String svg = new QuarterChart(
                        "c\"1",
                        "<script>alert(1)</script>",
                        "a & b",
                        List.of("Q'1"),
                        List.of(new Series("<b>", List.of(Value.of(BigDecimal.ONE)))),
                        null,
                        Locale.ENGLISH)
                .svg();
        Document doc = parse(svg);
        assertEquals(
                "<script>alert(1)</script>",
                doc.getElementsByTagName("title").item(0).getTextContent());
        assertFalse(svg.contains("<script>"));
        assertFalse(svg.contains("<b>"));
        assertTrue(svg.contains("a &amp; b"));
    }

    @Test
    void everySeriesHasAValuePerQuarter() {
        assertThrows(
                IllegalArgumentException.class,
                () -> chart(List.of("a", "b"), List.of(new Series("s", List.of(Value.of(BigDecimal.ONE)))), null));
    }

    @Test
    void theAxisTopIsRound() {
        assertEquals(0, new BigDecimal("10000").compareTo(top("8080")), "8080");
        assertEquals(0, new BigDecimal("100").compareTo(top("97.07")), "97.07");
        assertEquals(0, new BigDecimal("4").compareTo(top("0")), "0");
        assertEquals(0, new BigDecimal("4").compareTo(top("3")), "3");
        assertEquals(0, new BigDecimal("200").compareTo(top("120")), "120");
    }

    private static BigDecimal top(String largest) {
        return chart(List.of("a"), List.of(new Series("s", List.of(Value.of(new BigDecimal(largest))))), null)
                .top()
                .stripTrailingZeros();
    }

    private static int count(String text, String part) {
        int n = 0;
        for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + 1)) {
            n++;
        }
        return n;
    }

    private static List<Double> heights(String svg) {
        Matcher m = Pattern.compile("<rect class=\"series-\\d\"[^>]* height=\"([0-9.]+)\"")
                .matcher(svg);
        List<Double> heights = new java.util.ArrayList<>();
        while (m.find()) {
            heights.add(Double.valueOf(m.group(1)));
        }
        return heights;
    }
}
