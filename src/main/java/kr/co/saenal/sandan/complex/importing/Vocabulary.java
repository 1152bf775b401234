package kr.co.saenal.sandan.complex.importing;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import kr.co.saenal.sandan.complex.ComplexKey;

/**
 * The words of KICOX's workbooks ({@code kicox-workbooks.properties} beside this class): sheet names, header cells,
 * the values of the type, status and 시도 columns. They are data of the format, kept out of the code so that a
 * spelling KICOX changes is one line to add.
 */
final class Vocabulary {

    static final Vocabulary KICOX = load("kicox-workbooks.properties");

    private static final Pattern NO_SPACE = Pattern.compile("[\\s\\u00A0\\u3000]+");
    private static final Pattern TRAILING_UNIT = Pattern.compile("\\([^()]*\\)$");

    private final Properties words;
    /** Spellings in {@link #compact} form, by key: looked up for every cell of every row. */
    private final Map<String, List<String>> compacted = new ConcurrentHashMap<>();

    private Vocabulary(Properties words) {
        this.words = words;
    }

    private static Vocabulary load(String resource) {
        try (InputStream in = Vocabulary.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Missing " + resource);
            }
            Properties words = new Properties();
            try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
                words.load(reader);
            }
            return new Vocabulary(words);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every spelling of a word, the first the one named in refusals. */
    List<String> spellings(String key) {
        String value = words.getProperty(key);
        if (value == null) {
            throw new IllegalStateException("No word " + key + " in the KICOX vocabulary");
        }
        return Arrays.stream(value.split(",")).map(String::strip).toList();
    }

    /** The first spelling of a word. */
    String word(String key) {
        return spellings(key).get(0);
    }

    Pattern pattern(String key) {
        return Pattern.compile(words.getProperty(key));
    }

    /**
     * The constant of {@code type} whose spellings ({@code prefix + constant}) include {@code cell}, compared in
     * {@link #compact} form.
     */
    <E extends Enum<E>> Optional<E> constant(Class<E> type, String prefix, String cell) {
        String wanted = compact(cell);
        for (E constant : type.getEnumConstants()) {
            String key = prefix + constant.name();
            if (words.containsKey(key) && compactSpellings(key).contains(wanted)) {
                return Optional.of(constant);
            }
        }
        return Optional.empty();
    }

    /** Whether {@code cell} is one of the spellings of {@code key}. */
    boolean is(String key, String cell) {
        return compactSpellings(key).contains(compact(cell));
    }

    private List<String> compactSpellings(String key) {
        return compacted.computeIfAbsent(
                key, k -> spellings(k).stream().map(Vocabulary::compact).toList());
    }

    /**
     * A header or sheet name as compared: no spaces or line breaks, middle dots made one, and without a unit in
     * brackets at the end (분양률(%) → 분양률). Sheet names keep their brackets: {@link #sheetForm}.
     */
    static String compact(String text) {
        String plain = NO_SPACE.matcher(ComplexKey.matchForm(text)).replaceAll("");
        String withoutUnit = TRAILING_UNIT.matcher(plain).replaceAll("");
        return withoutUnit.isEmpty() ? plain : withoutUnit;
    }

    /** A sheet name as compared: no spaces of any kind, middle dots made one. */
    static String sheetForm(String text) {
        return NO_SPACE.matcher(ComplexKey.matchForm(text)).replaceAll("");
    }

    /** The spellings of every key with a prefix, keyed by the rest of the key. */
    Map<String, List<String>> withPrefix(String prefix) {
        Map<String, List<String>> found = new HashMap<>();
        for (String key : words.stringPropertyNames()) {
            if (key.startsWith(prefix)) {
                found.put(key.substring(prefix.length()), spellings(key));
            }
        }
        return found;
    }
}
