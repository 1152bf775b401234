package kr.co.saenal.sandan.platform.config;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Reads Sandan's settings through MicroProfile Config and notes every wrong value instead of failing at the first.
 * A setting has a property name ({@code sandan.retention.years}) whose environment form is the name operators know
 * ({@code SANDAN_RETENTION_YEARS}): MicroProfile Config finds it as a system property, an environment variable or in
 * a config source added with WildFly's CLI. Each feature's settings class reads its own values with one reader and
 * hands the reader's {@link #problems()} to the startup check ({@link ValidatedSettings}).
 */
public final class SettingsReader {

    private final Function<String, Optional<String>> source;
    private final List<String> problems = new ArrayList<>();

    SettingsReader(Function<String, Optional<String>> source) {
        this.source = source;
    }

    /** The deployment's configuration: system properties, then environment variables, then CLI config sources. */
    public static SettingsReader fromConfig() {
        return from(ConfigProvider.getConfig(SettingsReader.class.getClassLoader()));
    }

    static SettingsReader from(Config config) {
        return new SettingsReader(property -> config.getOptionalValue(property, String.class));
    }

    /** Fixed values by property name, for tests. */
    public static SettingsReader of(Map<String, String> values) {
        return new SettingsReader(property -> Optional.ofNullable(values.get(property)));
    }

    /** One value (or none, when {@code null}), for tests. */
    public static SettingsReader with(String property, String value) {
        return new SettingsReader(name -> name.equals(property) ? Optional.ofNullable(value) : Optional.empty());
    }

    /** The environment variable MicroProfile Config maps to a property: {@code sandan.trusted-proxies} → {@code SANDAN_TRUSTED_PROXIES}. */
    public static String environmentName(String property) {
        return property.replaceAll("[^A-Za-z0-9]", "_").toUpperCase(Locale.ROOT);
    }

    /** The value with surrounding blanks removed; empty when unset or blank. */
    public Optional<String> text(String property) {
        try {
            return source.apply(property).map(String::strip).filter(value -> !value.isEmpty());
        } catch (RuntimeException unresolvable) {
            // e.g. a ${...} expression in a config source that names nothing
            problem(property, "?", "a value that can be read (" + unresolvable.getMessage() + ")");
            return Optional.empty();
        }
    }

    /** The value exactly as given (a password may begin or end with a blank); empty when unset or empty. */
    public Optional<String> secret(String property) {
        return text(property).flatMap(stripped -> source.apply(property));
    }

    /**
     * A value read by {@code parse}, which answers empty for what it cannot read; that is noted as a problem (with
     * {@code expected} saying what would do) and the result is empty, as it is when the setting is unset.
     */
    public <T> Optional<T> value(String property, Function<String, Optional<T>> parse, String expected) {
        Optional<String> text = text(property);
        if (text.isEmpty()) {
            return Optional.empty();
        }
        Optional<T> value = parse.apply(text.get());
        if (value.isEmpty()) {
            problem(property, text.get(), expected);
        }
        return value;
    }

    /** A whole number from {@code min} to {@code max}; {@code what} names it: "a whole number of years". */
    public long number(String property, long defaultValue, long min, long max, String what) {
        return value(
                        property,
                        text -> {
                            try {
                                long value = Long.parseLong(text);
                                return value >= min && value <= max ? Optional.of(value) : Optional.empty();
                            } catch (NumberFormatException e) {
                                return Optional.empty();
                            }
                        },
                        what + " (" + min + " to " + max + ")")
                .orElse(defaultValue);
    }

    /** {@code true} or {@code false}, in any case. */
    public boolean flag(String property, boolean defaultValue) {
        return value(
                        property,
                        text -> text.equalsIgnoreCase("true") || text.equalsIgnoreCase("false")
                                ? Optional.of(Boolean.parseBoolean(text.toLowerCase(Locale.ROOT)))
                                : Optional.empty(),
                        "true or false")
                .orElse(defaultValue);
    }

    /** How the server runs ({@code SANDAN_MODE}); production unless development is named. */
    public RunMode mode() {
        return value(RunMode.PROPERTY, RunMode::named, "production or development")
                .orElse(RunMode.PRODUCTION);
    }

    /** Notes a wrong value that a feature found itself (e.g. a rule between two settings). */
    public void problem(String property, String value, String expected) {
        problems.add(environmentName(property) + "=" + value + ": expected " + expected);
    }

    /** One line per wrong value read so far: {@code SANDAN_RETENTION_YEARS=abc: expected …}. */
    public List<String> problems() {
        return List.copyOf(problems);
    }
}
