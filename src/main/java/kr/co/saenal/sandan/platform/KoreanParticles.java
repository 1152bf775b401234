package kr.co.saenal.sandan.platform;

import java.util.Locale;
import java.util.Map;

/**
 * Korean particles that depend on the word before them: 은/는, 이/가, 을/를, 과/와, 으로/로. A configured name put into
 * a sentence ({@code 새날드림은}, {@code 한빛컨설팅이}) gets the one its last syllable asks for, never the
 * "은(는)" of a template. The first form of each pair follows a final consonant (받침), the second a vowel;
 * {@code 으로/로} also takes 로 after ㄹ.
 *
 * <p>Names that end in something other than a Hangul syllable are read as Koreans read them aloud: digits by their
 * Korean names (1 일, 2 이, 3 삼 …), Latin letters by their English names (an M, N or L ends in a consonant sound,
 * most other letters in a vowel), so {@code SK는}, {@code KT는}, {@code LG는}, {@code 3M은}. Trailing brackets,
 * quotes and spaces are skipped ({@code (주)새날드림} and {@code 새날드림(주)} are read as 새날드림 and 주).
 */
public final class KoreanParticles {

    private static final char FIRST_SYLLABLE = '\uAC00';
    private static final char LAST_SYLLABLE = '\uD7A3';
    private static final int RIEUL = 8; // the final ㄹ's index among the 28 finals (0 is none)

    /** Either form of a pair names the pair: "은" and "는" both mean 은/는. */
    private static final Map<String, String[]> PAIRS = Map.ofEntries(
            Map.entry("은", new String[] {"은", "는"}),
            Map.entry("는", new String[] {"은", "는"}),
            Map.entry("이", new String[] {"이", "가"}),
            Map.entry("가", new String[] {"이", "가"}),
            Map.entry("을", new String[] {"을", "를"}),
            Map.entry("를", new String[] {"을", "를"}),
            Map.entry("과", new String[] {"과", "와"}),
            Map.entry("와", new String[] {"과", "와"}),
            Map.entry("이라", new String[] {"이라", "라"}),
            Map.entry("라", new String[] {"이라", "라"}),
            Map.entry("으로", new String[] {"으로", "로"}),
            Map.entry("로", new String[] {"으로", "로"}));

    /** Final sounds of the digits' Korean names: 영 일 이 삼 사 오 육 칠 팔 구 (true: ends in a consonant). */
    private static final boolean[] DIGIT_FINAL = {true, true, false, true, false, false, true, true, true, false};

    /** Digits whose name ends in ㄹ (일, 칠, 팔): 으로/로 takes 로 after them. */
    private static final String DIGIT_RIEUL = "178";

    private KoreanParticles() {}

    /**
     * The word followed by the right form of the particle: {@code attach("새날드림", "은")} is {@code 새날드림은},
     * {@code attach("한빛", "는")} is {@code 한빛은}.
     *
     * @param particle either form of a pair: 은, 는, 이, 가, 을, 를, 과, 와, 이라, 라, 으로, 로
     * @throws IllegalArgumentException for any other particle
     */
    public static String attach(String word, String particle) {
        return word + particle(word, particle);
    }

    /** The right form of the particle for the word, without the word. */
    public static String particle(String word, String particle) {
        String[] pair = PAIRS.get(particle);
        if (pair == null) {
            throw new IllegalArgumentException("Not a particle that changes with its word: " + particle);
        }
        Ending ending = ending(word == null ? "" : word);
        if (pair[0].equals("으로")) {
            return ending == Ending.CONSONANT ? pair[0] : pair[1];
        }
        return ending == Ending.VOWEL ? pair[1] : pair[0];
    }

    /** How a word ends when read aloud. */
    enum Ending {
        VOWEL,
        /** ㄹ, which 으로/로 treats as a vowel. */
        RIEUL,
        CONSONANT
    }

    static Ending ending(String word) {
        int end = word.length();
        // skip what is not read: closing brackets, quotes, dots, spaces; a bracketed tail such as (주) is read
        while (end > 0 && " \t.,·'\"’”)]}」』>".indexOf(word.charAt(end - 1)) >= 0) {
            end--;
        }
        if (end == 0) {
            return Ending.CONSONANT; // nothing to read: the first form is the safe written default
        }
        char last = word.charAt(end - 1);
        if (last >= FIRST_SYLLABLE && last <= LAST_SYLLABLE) {
            int fin = (last - FIRST_SYLLABLE) % 28;
            return fin == 0 ? Ending.VOWEL : fin == RIEUL ? Ending.RIEUL : Ending.CONSONANT;
        }
        if (last >= '0' && last <= '9') {
            int digit = last - '0';
            return DIGIT_RIEUL.indexOf(last) >= 0 ? Ending.RIEUL : DIGIT_FINAL[digit] ? Ending.CONSONANT : Ending.VOWEL;
        }
        char letter = Character.toUpperCase(last);
        if (letter >= 'A' && letter <= 'Z') {
            boolean wholeWordLower =
                    Character.isLowerCase(last) && end >= 2 && Character.isLowerCase(word.charAt(end - 2));
            if (wholeWordLower) {
                return englishWordEnding(word.substring(0, end).toLowerCase(Locale.ROOT));
            }
            // read letter by letter: el, em, en end in consonants; the rest in vowels
            return letter == 'L' ? Ending.RIEUL : letter == 'M' || letter == 'N' ? Ending.CONSONANT : Ending.VOWEL;
        }
        return Ending.CONSONANT;
    }

    /** An English word read as a word (Saenal, Google, Apple): its last sound, roughly. */
    private static Ending englishWordEnding(String word) {
        char last = word.charAt(word.length() - 1);
        if (last == 'l') {
            return Ending.RIEUL;
        }
        if ("mnkpt".indexOf(last) >= 0 || word.endsWith("ng") || word.endsWith("ck")) {
            return Ending.CONSONANT;
        }
        return Ending.VOWEL;
    }
}
