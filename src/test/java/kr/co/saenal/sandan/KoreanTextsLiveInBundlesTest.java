package kr.co.saenal.sandan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * What people read comes from the bundles ({@code <feature>/Texts_ko.properties} and {@code _en}), so that every
 * text has its English version: no string literal in {@code src/main/java} holds Hangul, except demo content and the
 * few literals below that are data rather than text for people. Logs are written in English, so they hold none
 * either.
 */
class KoreanTextsLiveInBundlesTest {

    private static final Path SOURCES = Path.of("src/main/java");

    /** Demo articles and comments: content, which stays Korean like every article. */
    private static final String DEMO_CONTENT = "kr/co/saenal/sandan/news/demo/";

    /** Literals that hold Hangul on purpose, each with the reason it is not a text for people. */
    private static final List<Allowed> ALLOWED = List.of(
            new Allowed(
                    "kr/co/saenal/sandan/news/search/KoreanMorphemeAnalyzer.java",
                    Set.of("의", "을", "를", "은", "는", "이", "가", "에", "와", "과", "도", "로", "으로", "에서", "에는", "과의", "와의"),
                    "Korean particles the search analyzer removes from words: data of the language, not a text"),
            new Allowed(
                    "kr/co/saenal/sandan/news/search/KoreanBigramAnalyzer.java",
                    Set.of("ㆍ"),
                    "a Korean middle dot the search analyzer treats as a word separator: data of the language"),
            new Allowed(
                    "kr/co/saenal/sandan/faq/FaqService.java",
                    Set.of("(으로|에서|에게|까지|부터|이란|란|은|는|이|가|을|를|에|의|로|와|과|도|만)$"),
                    "Korean particles the FAQ search drops from the end of a word: data of the language, not a text"),
            new Allowed(
                    "kr/co/saenal/sandan/platform/KoreanParticles.java",
                    Set.of("은", "는", "이", "가", "을", "를", "과", "와", "이라", "라", "으로", "로"),
                    "the particles that change with the word before them: data of the language, not a text"),
            new Allowed(
                    "kr/co/saenal/sandan/privacy/PolicyText.java",
                    Set.of("동의안내", "보유기간", "처리위탁", "보호책임자", "\\{회사(?::([^}]*))?}"),
                    "the policy markup's placeholder names, typed by editors as [[처리위탁]]: syntax, not a text"),
            new Allowed(
                    "kr/co/saenal/sandan/site/SiteSettings.java",
                    Set.of("새날드림"),
                    "the company's name when its setting row is missing: content, shown as stored in both languages"),
            new Allowed(
                    "kr/co/saenal/sandan/inquiry/api/InquiryResource.java",
                    Set.of("1:1 전문가 무료상담 신청", "누구나 보낼 수 있습니다. 클라이언트마다 보낼 수 있는 횟수에 한도가 있습니다(429)."),
                    "OpenAPI description (@Operation): annotation values must be constants, and the rest of the API "
                            + "description (META-INF/openapi.yaml) is Korean too; it is read by developers, not "
                            + "visitors"));

    record Allowed(String file, Set<String> literals, String reason) {}

    @Test
    void noStringLiteralHoldsHangul() throws IOException {
        List<String> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            files.filter(f -> f.toString().endsWith(".java")).sorted().forEach(file -> {
                String name = SOURCES.relativize(file).toString().replace('\\', '/');
                if (name.startsWith(DEMO_CONTENT)) {
                    return;
                }
                for (JavaLiterals.Literal literal : JavaLiterals.of(read(file))) {
                    if (!hasHangul(literal.value()) || allowed(name, literal.value())) {
                        continue;
                    }
                    String where = "src/main/java/" + name + ":" + literal.line() + ": \"" + literal.value() + "\"";
                    found.add(where);
                }
            });
        }
        assertTrue(
                found.isEmpty(),
                () -> found.size() + " Korean literals belong in a Texts_ko/Texts_en bundle:\n"
                        + String.join("\n", found));
    }

    @Test
    void theScanFindsLiteralsNotCommentsOrCharacters() {
        String source = """
                /** 설명 "인용" */
                class A {
                    // "주석"
                    char quote = '"';
                    String a = "가\\"나";
                    String b = "\\uAC00";
                    String c = \"""
                        다
                        \""";
                }
                """;
        List<JavaLiterals.Literal> literals = JavaLiterals.of(source);
        assertEquals(
                List.of(
                        new JavaLiterals.Literal(5, "가\"나"),
                        new JavaLiterals.Literal(6, "가"),
                        new JavaLiterals.Literal(7, "다\n")),
                literals);
    }

    private static boolean allowed(String file, String literal) {
        return ALLOWED.stream()
                .anyMatch(a -> a.file().equals(file) && a.literals().contains(literal));
    }

    static boolean hasHangul(String text) {
        return text.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HANGUL);
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
