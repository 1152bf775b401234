package kr.co.saenal.sandan.complex.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.math.BigDecimal;
import java.util.Locale;
import kr.co.saenal.sandan.complex.Figure;
import kr.co.saenal.sandan.complex.StatisticsField;
import kr.co.saenal.sandan.complex.Unit;
import org.junit.jupiter.api.Test;

/** A figure in the API: its number as published, or its mark instead of a number, never 0; units as codes. */
class ComplexJsonTest {

    @Test
    void aValueIsAPlainNumberWithItsUnit() {
        JsonObject figure =
                ComplexJson.figure(Figure.of(new BigDecimal("803666.500")), Unit.THOUSAND_SQUARE_METRES, Locale.KOREAN);
        assertEquals("803666.5", figure.getJsonNumber("value").toString());
        assertEquals("thousand-square-metres", figure.getString("unit"));
        assertEquals("천㎡", figure.getString("unitLabel"));
        assertFalse(figure.containsKey("mark"));
        assertEquals(
                "100",
                ComplexJson.figure(Figure.of(new BigDecimal("1E+2")), Unit.FIRMS, Locale.KOREAN)
                        .getJsonNumber("value")
                        .toString());
    }

    @Test
    void aMarkReplacesTheNumber() {
        JsonObject suppressed = ComplexJson.figure(Figure.suppressed(), Unit.HUNDRED_MILLION_WON, Locale.ENGLISH);
        assertEquals(JsonValue.NULL, suppressed.get("value"));
        assertEquals("suppressed", suppressed.getString("mark"));
        assertEquals("Not disclosed", suppressed.getString("markLabel"));
        assertEquals("hundred-million-won", suppressed.getString("unit"));
        JsonObject none = ComplexJson.figure(Figure.none(), Unit.FIRMS, Locale.KOREAN);
        assertEquals("none", none.getString("mark"));
        assertEquals("없음", none.getString("markLabel"));
        assertTrue(none.isNull("value"));
    }

    @Test
    void fieldNamesAreCamelCase() {
        assertEquals("designatedArea", ComplexJson.name(StatisticsField.DESIGNATED_AREA));
        assertEquals("saleRate", ComplexJson.name(StatisticsField.SALE_RATE));
        assertEquals("tenantFirms", ComplexJson.name(StatisticsField.TENANT_FIRMS));
    }
}
