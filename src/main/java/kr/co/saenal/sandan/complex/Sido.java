package kr.co.saenal.sandan.complex;

import java.util.Locale;
import kr.co.saenal.sandan.platform.Texts;

/** The seventeen provinces and metropolitan cities (시도), in the order KICOX lists them. */
public enum Sido {
    SEOUL,
    BUSAN,
    DAEGU,
    INCHEON,
    GWANGJU,
    DAEJEON,
    ULSAN,
    SEJONG,
    GYEONGGI,
    GANGWON,
    CHUNGBUK,
    CHUNGNAM,
    JEONBUK,
    JEONNAM,
    GYEONGBUK,
    GYEONGNAM,
    JEJU;

    /** Its short name as KICOX writes it (서울, 경기 …) in Korean, its English name otherwise. */
    public String label() {
        return Texts.say(Sido.class, "sido." + name());
    }

    public String label(Locale locale) {
        return Texts.format(Sido.class, locale, "sido." + name());
    }

    public String getLabel() {
        return label();
    }

    /** The lower-case name used in addresses ({@code /complexes/regions/gyeonggi}). */
    public String slug() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The 시도 of an address's slug, or {@code null}. */
    public static Sido ofSlug(String slug) {
        if (slug == null) {
            return null;
        }
        for (Sido sido : values()) {
            if (sido.slug().equals(slug)) {
                return sido;
            }
        }
        return null;
    }
}
