package kr.co.saenal.sandan.site;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import kr.co.saenal.sandan.platform.config.SettingsReader;
import kr.co.saenal.sandan.platform.config.ValidatedSettings;

/** Checks {@code SANDAN_SITE_URL} at startup; {@link SiteAddress} keeps the value for everyone, requests or not. */
@ApplicationScoped
public class SiteUrlSettings implements ValidatedSettings {

    private final List<String> problems;

    public SiteUrlSettings() {
        this(SettingsReader.fromConfig());
    }

    SiteUrlSettings(SettingsReader read) {
        SiteAddress.configured(read);
        this.problems = read.problems();
    }

    @Override
    public List<String> problems() {
        return problems;
    }
}
