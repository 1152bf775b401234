package kr.co.saenal.sandan.platform.config;

import jakarta.enterprise.context.ApplicationScoped;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

/**
 * The settings every feature shares: {@code SANDAN_MODE}, {@code SANDAN_TIMEZONE}, {@code SANDAN_DEMO_CONTENT},
 * {@code SANDAN_DATA_DIR} and {@code SANDAN_LOG_FORMAT}. The time zone is also read outside CDI ({@code KoreanTime.ZONE}), through {@link #zone}.
 */
@ApplicationScoped
public class PlatformSettings implements ValidatedSettings {

    public static final String TIMEZONE = "sandan.timezone";
    public static final String DEMO_CONTENT = "sandan.demo-content";
    public static final String DATA_DIR = "sandan.data-dir";
    /** Read by WildFly's logging (wildfly-config/logging.cli) from the environment; checked here, to be named. */
    public static final String LOG_FORMAT = "sandan.log.format";

    public static final ZoneId SEOUL = ZoneId.of("Asia/Seoul");

    private final RunMode mode;
    private final ZoneId zone;
    private final boolean demoContent;
    private final Path dataDir;
    private final List<String> problems;

    public PlatformSettings() {
        this(SettingsReader.fromConfig());
    }

    PlatformSettings(SettingsReader read) {
        this.mode = read.mode();
        this.zone = zone(read);
        this.demoContent = read.flag(DEMO_CONTENT, true);
        this.dataDir = dataDir(read);
        read.value(
                LOG_FORMAT,
                text -> text.equals("text") || text.equals("json") ? Optional.of(text) : Optional.empty(),
                "text or json");
        this.problems = read.problems();
    }

    public static ZoneId zone(SettingsReader read) {
        return read.value(
                        TIMEZONE,
                        text -> {
                            try {
                                return Optional.of(ZoneId.of(text));
                            } catch (DateTimeException e) {
                                return Optional.empty();
                            }
                        },
                        "a time zone such as Asia/Seoul or UTC")
                .orElse(SEOUL);
    }

    /** {@code SANDAN_DATA_DIR}, or the server's data directory; WildFly's own expressions read it too. */
    public static Path dataDir(SettingsReader read) {
        return read.text(DATA_DIR)
                .map(Path::of)
                .orElseGet(() -> Path.of(System.getProperty("jboss.server.data.dir", "."), "sandan"));
    }

    public RunMode mode() {
        return mode;
    }

    public ZoneId zone() {
        return zone;
    }

    /** {@code SANDAN_DEMO_CONTENT}: whether an empty database gets the demo news, FAQ and directory. */
    public boolean demoContent() {
        return demoContent;
    }

    /** {@code SANDAN_DATA_DIR}: H2's files and the search index; by default the server's data directory. */
    public Path dataDir() {
        return dataDir;
    }

    @Override
    public List<String> problems() {
        return problems;
    }
}
