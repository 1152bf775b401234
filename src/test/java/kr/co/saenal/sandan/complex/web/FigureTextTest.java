package kr.co.saenal.sandan.complex.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import java.util.Locale;
import kr.co.saenal.sandan.complex.Figure;
import org.junit.jupiter.api.Test;

class FigureTextTest {

    @Test
    void marksAreSaidNeverZero() {
        assertEquals("비공개", FigureText.of(Figure.suppressed(), 0, Locale.KOREAN));
        assertEquals("없음", FigureText.of(Figure.none(), 0, Locale.KOREAN));
        assertEquals("Not disclosed", FigureText.of(Figure.suppressed(), 0, Locale.ENGLISH));
        assertEquals("비공개", FigureText.pyeong(Figure.suppressed(), Locale.KOREAN));
        assertEquals("없음", FigureText.squareMetres(Figure.none(), Locale.KOREAN));
        assertNull(FigureText.change(Figure.suppressed(), Figure.of(3), 0, Locale.KOREAN));
    }

    @Test
    void areasAreAlsoInSquareMetresAndPyeong() {
        Figure area = Figure.of(new BigDecimal("9574.021"));
        assertEquals("9,574.02", FigureText.of(area, 2, Locale.KOREAN));
        assertEquals("9,574,021", FigureText.squareMetres(area, Locale.KOREAN));
        // 9,574,021 ㎡ × 121/400 = 2,896,141.35 평
        assertEquals("2,896,141", FigureText.pyeong(area, Locale.KOREAN));
        assertEquals("303", FigureText.pyeong(Figure.of(1), Locale.KOREAN));
    }

    @Test
    void changesAreSigned() {
        assertEquals("+11", FigureText.change(Figure.of(8091), Figure.of(8080), 0, Locale.KOREAN));
        assertEquals(
                "\u22121.5",
                FigureText.change(
                        Figure.of(new BigDecimal("80")), Figure.of(new BigDecimal("81.5")), 1, Locale.KOREAN));
        assertEquals("0", FigureText.change(Figure.of(5), Figure.of(5), 0, Locale.KOREAN));
    }

    @Test
    void sharesArePercentWithOneDecimal() {
        assertEquals(new BigDecimal("50.0"), FigureText.share(Figure.of(1), BigDecimal.valueOf(2)));
        assertNull(FigureText.share(Figure.of(1), BigDecimal.ZERO));
        assertNull(FigureText.share(Figure.suppressed(), BigDecimal.TEN));
    }
}
