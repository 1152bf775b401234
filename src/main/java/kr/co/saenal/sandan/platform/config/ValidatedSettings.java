package kr.co.saenal.sandan.platform.config;

import java.util.List;

/**
 * A CDI bean holding a feature's settings, read with a {@link SettingsReader} when it is created. The startup check
 * ({@link SettingsCheck}) creates every such bean before anything else runs and stops the deployment when any of
 * them found a wrong value; a bean keeps the default for a wrong value only until then.
 */
public interface ValidatedSettings {

    /** One line per wrong setting ({@link SettingsReader#problems()}); empty when all are right. */
    List<String> problems();
}
