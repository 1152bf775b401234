package kr.co.saenal.sandan.complex.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Properties;
import java.util.logging.Logger;
import kr.co.saenal.sandan.complex.importing.AppliedImport;
import kr.co.saenal.sandan.complex.importing.ComplexImport;
import kr.co.saenal.sandan.platform.settings.SettingRepository;

/**
 * Fills an empty directory with KICOX's own workbooks, bundled byte for byte in {@code complex/demo/} (their
 * original names in {@code workbooks.properties} there): the 2025 Q3 statistics, then the 2026 Q1 trend figures,
 * through the same import an editor uses. It never touches a database that has an import, and it takes the start-up
 * lock first, so that two cluster nodes starting together import them once.
 */
@ApplicationScoped
public class DirectoryDemoLoader {

    /** Who the demo imports are recorded as imported by. */
    public static final String IMPORTER = "demo";

    private static final Logger LOG = Logger.getLogger(DirectoryDemoLoader.class.getName());
    private static final String FOLDER = "complex/demo/";

    @Inject
    SettingRepository settings;

    @Inject
    ComplexImport imports;

    /** @return whether the workbooks were imported */
    @Transactional
    public boolean loadIfEmpty() {
        settings.lockForStartup(); // two nodes starting together import them once
        if (!imports.history().isEmpty()) {
            LOG.fine("The directory already has imports; demo workbooks not imported");
            return false;
        }
        long start = System.nanoTime();
        Properties workbooks = properties(FOLDER + "workbooks.properties");
        for (String kind : List.of("statistics", "trend")) {
            String file = workbooks.getProperty(kind + ".file");
            AppliedImport applied = imports.apply(
                    workbooks.getProperty(kind + ".originalName"), bytes(FOLDER + file), List.of(), IMPORTER, null);
            LOG.info(() -> "Imported the demo workbook " + file + ": "
                    + applied.imported().kind() + " "
                    + applied.imported().quarter() + ", " + applied.imported().rowCount() + " rows, "
                    + applied.complexesCreated() + " complexes, " + applied.shortNamesAdded() + " short names");
        }
        long millis = (System.nanoTime() - start) / 1_000_000;
        LOG.info(() -> "Loaded the demo directory in " + millis + " ms");
        return true;
    }

    private static Properties properties(String resource) {
        try (InputStream in = resource(resource)) {
            Properties properties = new Properties();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return properties;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] bytes(String resource) {
        try (InputStream in = resource(resource)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static InputStream resource(String name) {
        InputStream in = DirectoryDemoLoader.class.getClassLoader().getResourceAsStream(name);
        if (in == null) {
            throw new IllegalStateException("Missing demo resource " + name);
        }
        return in;
    }
}
