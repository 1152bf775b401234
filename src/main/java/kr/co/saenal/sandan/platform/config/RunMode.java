package kr.co.saenal.sandan.platform.config;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * {@code SANDAN_MODE}: {@code production} (the default) holds the settings to what a public site needs, e.g. an
 * https {@code SANDAN_SITE_URL}; {@code development} ({@code mvn wildfly:run}) allows a plain http address.
 */
public enum RunMode {
    PRODUCTION,
    DEVELOPMENT;

    public static final String PROPERTY = "sandan.mode";

    static Optional<RunMode> named(String text) {
        return Arrays.stream(values())
                .filter(mode -> mode.name().equalsIgnoreCase(text))
                .findFirst();
    }

    public boolean isProduction() {
        return this == PRODUCTION;
    }

    @Override
    public String toString() {
        return name().toLowerCase(Locale.ROOT);
    }
}
