package kr.co.saenal.sandan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BiFunction;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import kr.co.saenal.sandan.complex.ComplexType;
import kr.co.saenal.sandan.complex.DevelopmentStatus;
import kr.co.saenal.sandan.complex.Mark;
import kr.co.saenal.sandan.complex.Quarter;
import kr.co.saenal.sandan.complex.Sido;
import kr.co.saenal.sandan.complex.StatisticsField;
import kr.co.saenal.sandan.complex.TrendField;
import kr.co.saenal.sandan.complex.Unit;
import kr.co.saenal.sandan.complex.WorkbookKind;
import kr.co.saenal.sandan.inquiry.ContactTime;
import kr.co.saenal.sandan.inquiry.InquiryChannel;
import kr.co.saenal.sandan.inquiry.InquiryStatus;
import kr.co.saenal.sandan.inquiry.InquiryTopic;
import kr.co.saenal.sandan.inquiry.export.ExportFormat;
import kr.co.saenal.sandan.inquiry.notification.DeliveryState;
import kr.co.saenal.sandan.inquiry.notification.MailKind;
import kr.co.saenal.sandan.platform.Texts;
import kr.co.saenal.sandan.security.AccessAction;
import kr.co.saenal.sandan.security.Role;
import org.junit.jupiter.api.Test;

/**
 * Every text exists in Korean and in English: both files of a bundle have the same keys, every text of a feature's
 * {@code Texts} is a valid {@link MessageFormat} pattern, every key the code names is there, and every label of the
 * enums people read.
 */
class TextsBundlesTest {

    private static final Path RESOURCES = Path.of("src/main/resources");
    private static final Path SOURCES = Path.of("src/main/java");
    private static final Pattern KOREAN_FILE = Pattern.compile("(.*)_ko\\.properties");
    /** What a literal naming a text looks like: dotted parts, the first lower-case ({@code api.notText}). */
    private static final Pattern KEY = Pattern.compile("[a-z][A-Za-z]*(\\.[A-Za-z0-9_-]+)+");

    @Test
    void bothLanguagesHaveTheSameKeys() throws IOException {
        List<Path> korean = bundles();
        assertFalse(korean.isEmpty());
        List<String> differences = new ArrayList<>();
        for (Path ko : korean) {
            Path en = ko.resolveSibling(ko.getFileName().toString().replace("_ko.properties", "_en.properties"));
            assertTrue(Files.exists(en), () -> ko + " has no English version " + en);
            Set<String> koKeys = load(ko).stringPropertyNames();
            Set<String> enKeys = load(en).stringPropertyNames();
            difference(koKeys, enKeys).forEach(k -> differences.add(ko + ": " + k + " has no English text"));
            difference(enKeys, koKeys).forEach(k -> differences.add(en + ": " + k + " has no Korean text"));
        }
        assertTrue(differences.isEmpty(), () -> String.join("\n", differences));
    }

    @Test
    void everyTextIsAPatternThatFormats() throws IOException {
        List<String> broken = new ArrayList<>();
        for (Path file : texts()) {
            Locale locale = file.toString().endsWith("_en.properties") ? Locale.ENGLISH : Locale.KOREAN;
            Properties texts = load(file);
            for (String key : texts.stringPropertyNames()) {
                try {
                    new MessageFormat(texts.getProperty(key), locale).format(new Object[] {1, 2, 3, 4, 5, 6, 7, 8, 9});
                } catch (IllegalArgumentException e) {
                    broken.add(file + ": " + key + ": " + e.getMessage());
                }
            }
        }
        assertTrue(broken.isEmpty(), () -> String.join("\n", broken));
    }

    @Test
    void everyKeyTheCodeNamesIsInItsFeaturesTexts() throws IOException {
        Map<String, Properties> byFeature = texts().stream()
                .filter(f -> f.getFileName().toString().equals("Texts_ko.properties"))
                .collect(Collectors.toMap(
                        f -> RESOURCES.relativize(f.getParent()).toString().replace('\\', '/'),
                        TextsBundlesTest::load));
        List<String> missing = new ArrayList<>();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                String name = SOURCES.relativize(file).toString().replace('\\', '/');
                Properties texts = byFeature.get(feature(name));
                if (texts == null) {
                    continue;
                }
                Set<String> parents = texts.stringPropertyNames().stream()
                        .map(TextsBundlesTest::parent)
                        .collect(Collectors.toSet());
                for (JavaLiterals.Literal literal : JavaLiterals.of(Files.readString(file, StandardCharsets.UTF_8))) {
                    String value = literal.value();
                    if (KEY.matcher(value).matches() && parents.contains(parent(value)) && !texts.containsKey(value)) {
                        missing.add(name + ":" + literal.line() + ": " + value);
                    }
                }
            }
        }
        assertTrue(missing.isEmpty(), () -> "Keys without a text:\n" + String.join("\n", missing));
    }

    @Test
    void everyLabelIsSaidInBothLanguages() {
        assertLabels(InquiryStatus.values(), InquiryStatus::label);
        assertLabels(InquiryTopic.values(), InquiryTopic::label);
        assertLabels(ContactTime.values(), ContactTime::label);
        assertLabels(InquiryChannel.values(), InquiryChannel::label);
        assertLabels(MailKind.values(), MailKind::label);
        assertLabels(DeliveryState.values(), DeliveryState::label);
        assertLabels(Role.values(), Role::label);
        assertLabels(AccessAction.values(), AccessAction::label);
        assertLabels(ComplexType.values(), ComplexType::label);
        assertLabels(DevelopmentStatus.values(), DevelopmentStatus::label);
        assertLabels(Sido.values(), Sido::label);
        assertLabels(WorkbookKind.values(), WorkbookKind::label);
        assertLabels(Mark.values(), Mark::label);
        assertLabels(StatisticsField.values(), StatisticsField::label);
        assertLabels(TrendField.values(), TrendField::label);
        assertLabels(
                kr.co.saenal.sandan.privacy.PolicyStatus.values(), kr.co.saenal.sandan.privacy.PolicyStatus::label);
        for (Unit unit : Unit.values()) {
            assertFalse(unit.label(Locale.KOREAN).isBlank(), unit::name);
            assertFalse(unit.label(Locale.ENGLISH).isBlank(), unit::name);
        }
        assertEquals("2025년 3분기", new Quarter(2025, 3).label(Locale.KOREAN));
        assertEquals("Q3 2025", new Quarter(2025, 3).label(Locale.ENGLISH));
        assertEquals("농공", ComplexType.AGRO_INDUSTRIAL.label(Locale.KOREAN));
        for (Locale locale : Texts.SPOKEN) {
            try (Texts.Scope speaking = Texts.speak(locale)) {
                Arrays.stream(ExportFormat.values())
                        .forEach(f -> assertFalse(f.getLabel().isBlank(), f::name));
            }
        }
        assertEquals("상담중", InquiryStatus.IN_PROGRESS.label(Locale.KOREAN));
        assertEquals("In progress", InquiryStatus.IN_PROGRESS.label(Locale.ENGLISH));
    }

    private static <E extends Enum<E>> void assertLabels(E[] constants, BiFunction<E, Locale, String> label) {
        for (E constant : constants) {
            String korean = label.apply(constant, Locale.KOREAN);
            String english = label.apply(constant, Locale.ENGLISH);
            assertTrue(KoreanTextsLiveInBundlesTest.hasHangul(korean), () -> constant + ": " + korean);
            assertFalse(KoreanTextsLiveInBundlesTest.hasHangul(english), () -> constant + ": " + english);
        }
    }

    /** {@code kr/co/saenal/sandan/inquiry} for {@code kr/co/saenal/sandan/inquiry/admin/InquiryView.java}. */
    private static String feature(String file) {
        String[] parts = file.split("/");
        return parts.length < 6 ? "" : String.join("/", Arrays.copyOf(parts, 5));
    }

    /**
     * {@code admin.inquiryView.} for {@code admin.inquiryView.saved}: a literal is taken for a key when a text of its
     * feature has the same parent (so {@code mail.smtp.timeout}, a mail session's property, is not).
     */
    private static String parent(String key) {
        return key.substring(0, key.lastIndexOf('.') + 1);
    }

    /** Every {@code X_ko.properties} of the site: the features' texts, the chrome, Faces' and Bean Validation's. */
    private static List<Path> bundles() throws IOException {
        try (Stream<Path> files = Files.walk(RESOURCES)) {
            return files.filter(
                            f -> KOREAN_FILE.matcher(f.getFileName().toString()).matches())
                    .sorted()
                    .toList();
        }
    }

    /** The features' own texts, read with {@link MessageFormat} ({@code Texts_ko} and {@code Texts_en}). */
    private static List<Path> texts() throws IOException {
        try (Stream<Path> files = Files.walk(RESOURCES)) {
            return files.filter(f -> f.getFileName().toString().matches("Texts_(ko|en)\\.properties"))
                    .sorted()
                    .toList();
        }
    }

    private static Set<String> difference(Set<String> a, Set<String> b) {
        Set<String> rest = new TreeSet<>(a);
        rest.removeAll(b);
        return rest;
    }

    /** Strictly UTF-8, as {@link java.util.ResourceBundle} reads them: a file in another encoding fails here. */
    private static Properties load(Path file) {
        try (Reader reader = new InputStreamReader(
                Files.newInputStream(file),
                StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT))) {
            Properties properties = new Properties();
            properties.load(reader);
            return properties;
        } catch (IOException e) {
            throw new UncheckedIOException(file.toString(), e);
        }
    }
}
