package kr.co.saenal.sandan.complex.importing;

import java.io.Serializable;
import java.util.Comparator;
import java.util.Locale;
import kr.co.saenal.sandan.complex.ComplexKey;
import kr.co.saenal.sandan.complex.ComplexType;
import kr.co.saenal.sandan.complex.IndustrialComplex;
import kr.co.saenal.sandan.complex.Sido;

/**
 * A complex as an editor picks it (mapping a trend short name): its name with what tells namesakes apart — type,
 * 시도, 시군 and bundle membership (정관 is both a 일반 and a 농공 complex of 부산 기장군).
 */
public record ComplexChoice(
        long id, String name, ComplexType type, Sido sido, String sigun, boolean bundleMember, String slug)
        implements Serializable {

    /** By name, then 시도, 시군 and type: namesakes stand together. */
    public static final Comparator<ComplexChoice> ORDER = Comparator.comparing(ComplexChoice::name)
            .thenComparing(ComplexChoice::sido)
            .thenComparing(ComplexChoice::sigun)
            .thenComparing(ComplexChoice::type)
            .thenComparingLong(ComplexChoice::id);

    static ComplexChoice of(IndustrialComplex complex) {
        return new ComplexChoice(
                complex.getId(),
                complex.getName(),
                complex.getComplexType(),
                complex.getSido(),
                complex.getSigun(),
                complex.isBundleMember(),
                complex.getSlug());
    }

    /**
     * Whether a search finds it: every word of {@code query} is part of its name or 시군, or is its 시도 or type as
     * Korean and English readers write them (남동 인천, 국가 반월). Spaces and middle dots count as KICOX writes them.
     */
    public boolean matches(String query) {
        String words = ComplexKey.matchForm(query == null ? "" : query).toLowerCase(Locale.ROOT);
        if (words.isEmpty()) {
            return false;
        }
        String haystack = String.join(
                        " ",
                        ComplexKey.matchForm(name),
                        ComplexKey.matchForm(sigun),
                        sido.label(Locale.KOREAN),
                        sido.label(Locale.ENGLISH),
                        type.label(Locale.KOREAN),
                        type.label(Locale.ENGLISH))
                .toLowerCase(Locale.ROOT);
        for (String word : words.split(" ")) {
            if (!haystack.contains(word)) {
                return false;
            }
        }
        return true;
    }
}
