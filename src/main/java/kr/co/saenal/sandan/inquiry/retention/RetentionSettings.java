package kr.co.saenal.sandan.inquiry.retention;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Period;
import java.util.List;
import kr.co.saenal.sandan.platform.config.SettingsReader;
import kr.co.saenal.sandan.platform.config.ValidatedSettings;

/** {@code SANDAN_RETENTION_YEARS}: how long a finished request's personal data is kept, 1 to 10 years (default 3). */
@ApplicationScoped
public class RetentionSettings implements ValidatedSettings {

    static final String YEARS = "sandan.retention.years";
    static final int DEFAULT_YEARS = 3;
    static final int MAX_YEARS = 10;

    private final Period period;
    private final List<String> problems;

    public RetentionSettings() {
        this(SettingsReader.fromConfig());
    }

    RetentionSettings(SettingsReader read) {
        this.period = Period.ofYears((int) read.number(YEARS, DEFAULT_YEARS, 1, MAX_YEARS, "a whole number of years"));
        this.problems = read.problems();
    }

    public Period period() {
        return period;
    }

    @Override
    public List<String> problems() {
        return problems;
    }
}
