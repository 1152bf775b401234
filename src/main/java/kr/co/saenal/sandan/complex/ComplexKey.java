package kr.co.saenal.sandan.complex;

import java.io.Serializable;
import java.text.Normalizer;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * What finds a complex again in next quarter's workbook: its type, 시도, 시군 and name, and whether it is a member of a
 * bundle (a bundle's first member may carry the bundle's own name: 문막반계 (① + ②) and its member 문막반계 ①). Names
 * and 시군 are compared in one written form: Unicode NFC, spaces of any kind collapsed, and the middle dots KICOX
 * writes differently from sheet to sheet (명지·녹산, 명지ㆍ녹산) made one.
 */
public record ComplexKey(ComplexType type, Sido sido, String sigun, String name, boolean member)
        implements Serializable {

    private static final Pattern SPACES = Pattern.compile("[\\s\\u00A0\\u3000]+");
    private static final Pattern MIDDLE_DOTS = Pattern.compile("[\\u00B7\\u318D\\u30FB\\u2027\\u2022\\u2219\\uFF65]");

    public ComplexKey {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(sido, "sido");
        sigun = matchForm(Objects.requireNonNull(sigun, "sigun"));
        name = matchForm(Objects.requireNonNull(name, "name"));
        if (name.isEmpty()) {
            throw new IllegalArgumentException("A complex has a name");
        }
    }

    /** A name as written for people: NFC, no spaces at either end, runs of spaces (also no-break ones) as one. */
    public static String cleanText(String text) {
        if (text == null) {
            return "";
        }
        String nfc = Normalizer.normalize(text, Normalizer.Form.NFC);
        return SPACES.matcher(nfc).replaceAll(" ").strip();
    }

    /** The form in which names are compared: {@link #cleanText} with every middle dot written as U+00B7. */
    public static String matchForm(String text) {
        return MIDDLE_DOTS.matcher(cleanText(text)).replaceAll("\u00B7");
    }

    @Override
    public String toString() {
        return type + "|" + sido + "|" + sigun + "|" + name + (member ? "|member" : "");
    }
}
