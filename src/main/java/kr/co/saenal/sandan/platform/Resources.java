package kr.co.saenal.sandan.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;

/** CDI producers for platform objects that are not beans by themselves. */
@ApplicationScoped
public class Resources {

    /** Tests and services read time from here, never from {@code Instant.now()}. */
    @Produces
    Clock clock() {
        return Clock.systemUTC();
    }
}
