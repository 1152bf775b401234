package kr.co.saenal.sandan.platform.web;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import kr.co.saenal.sandan.platform.config.SettingsReader;
import kr.co.saenal.sandan.platform.config.ValidatedSettings;

/**
 * {@code SANDAN_TRUSTED_PROXIES} (also {@code -Dsandan.trusted-proxies}), checked when the application starts;
 * {@link TrustedProxies} reads it through {@link #ranges} as Undertow sets up the deployment.
 */
@ApplicationScoped
public class TrustedProxySettings implements ValidatedSettings {

    static final String PROPERTY = "sandan.trusted-proxies";

    private final List<String> problems;

    public TrustedProxySettings() {
        this(SettingsReader.fromConfig());
    }

    TrustedProxySettings(SettingsReader read) {
        ranges(read);
        this.problems = read.problems();
    }

    /** The configured proxies; none when unset (or wrong, which the startup check refuses). */
    static AddressRanges ranges(SettingsReader read) {
        return read.value(
                        PROPERTY,
                        text -> {
                            try {
                                return Optional.of(AddressRanges.parse(text));
                            } catch (IllegalArgumentException e) {
                                return Optional.empty();
                            }
                        },
                        "IP addresses or networks separated by commas or spaces (10.0.0.5, 10.1.0.0/16, ::1)")
                .orElseGet(() -> AddressRanges.parse(null));
    }

    @Override
    public List<String> problems() {
        return problems;
    }
}
