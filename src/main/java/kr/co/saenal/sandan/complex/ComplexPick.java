package kr.co.saenal.sandan.complex;

import java.io.Serializable;
import java.util.Locale;
import kr.co.saenal.sandan.platform.Texts;

/**
 * A complex as other features name and pick it (a post's tags, a consultation's subject): its address and what
 * tells namesakes apart — type, 시도, 시군 and bundle membership (정관 is both a 일반 and a 농공 complex of 부산
 * 기장군).
 */
public record ComplexPick(
        long id, String slug, String name, ComplexType type, Sido sido, String sigun, boolean bundleMember)
        implements Serializable {

    /** JPQL constructor expression over {@code IndustrialComplex c}. */
    static final String COLUMNS = "new kr.co.saenal.sandan.complex.ComplexPick(c.id, c.slug, c.name,"
            + " c.complexType, c.sido, c.sigun, c.bundleMember)";

    /** The complex's public page. */
    public String path() {
        return ComplexPaths.of(id, slug);
    }

    /** "정관 · 농공 · 부산 기장군" (and 하위단지 for a bundle's member), in the request's language. */
    public String label() {
        return Texts.say(
                ComplexPick.class,
                bundleMember ? "pick.labelMember" : "pick.label",
                name,
                type.label(),
                sido.label(),
                sigun);
    }

    /** "남동국가산업단지 (인천 남동구)" in the given language: the name with where it is. */
    public String nameWithPlace(Locale locale) {
        return Texts.format(ComplexPick.class, locale, "pick.nameWithPlace", name, sido.label(locale), sigun);
    }

    /** {@link #nameWithPlace(Locale)} in the request's language. */
    public String nameWithPlace() {
        return nameWithPlace(Texts.current());
    }
}
