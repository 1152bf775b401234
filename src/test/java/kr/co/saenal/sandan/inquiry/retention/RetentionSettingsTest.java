package kr.co.saenal.sandan.inquiry.retention;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Period;
import java.util.List;
import kr.co.saenal.sandan.platform.config.SettingsReader;
import org.junit.jupiter.api.Test;

class RetentionSettingsTest {

    private static RetentionSettings years(String configured) {
        return new RetentionSettings(SettingsReader.with("sandan.retention.years", configured));
    }

    @Test
    void threeYearsUnlessSet() {
        assertEquals(Period.ofYears(3), years(null).period());
        assertEquals(Period.ofYears(5), years("5").period());
        assertEquals(List.of(), years("10").problems());
    }

    @Test
    void aWrongValueIsRefusedWithItsName() {
        for (String wrong : List.of("abc", "0", "11", "2.5")) {
            assertEquals(
                    List.of("SANDAN_RETENTION_YEARS=" + wrong + ": expected a whole number of years (1 to 10)"),
                    years(wrong).problems());
        }
    }
}
