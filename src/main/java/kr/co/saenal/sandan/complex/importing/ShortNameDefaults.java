package kr.co.saenal.sandan.complex.importing;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import kr.co.saenal.sandan.complex.ComplexKey;
import kr.co.saenal.sandan.complex.ComplexType;
import kr.co.saenal.sandan.complex.Sido;

/** The trend workbook's short names of the national complexes and the complex each means (trend-short-names.tsv). */
final class ShortNameDefaults {

    static final Map<String, ComplexKey> KICOX = load("trend-short-names.tsv");

    private ShortNameDefaults() {}

    private static Map<String, ComplexKey> load(String resource) {
        try (InputStream in = ShortNameDefaults.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Missing " + resource);
            }
            Map<String, ComplexKey> defaults = new LinkedHashMap<>();
            BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cells = line.split("\t");
                defaults.put(
                        ComplexKey.matchForm(cells[0]),
                        new ComplexKey(
                                ComplexType.valueOf(cells[1]),
                                Sido.valueOf(cells[2]),
                                cells[3],
                                cells[4],
                                Boolean.parseBoolean(cells[5])));
            }
            return defaults;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
