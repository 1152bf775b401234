package kr.co.saenal.sandan.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class KoreanParticlesTest {

    @ParameterizedTest(name = "{0} + {1} = {2}")
    @CsvSource({
        // a final consonant (받침) takes the first form, a vowel the second, whichever form is asked for
        "새날드림, 은, 새날드림은",
        "새날드림, 는, 새날드림은",
        "한빛, 은, 한빛은",
        "한빛, 는, 한빛은",
        "새날컨설팅, 는, 새날컨설팅은",
        "산단정보, 은, 산단정보는",
        "하나로, 은, 하나로는",
        "새날드림, 이, 새날드림이",
        "새날드림, 가, 새날드림이",
        "우리누리, 이, 우리누리가",
        "새날드림, 를, 새날드림을",
        "우리누리, 을, 우리누리를",
        "새날드림, 와, 새날드림과",
        "우리누리, 과, 우리누리와",
        "회사, 이라, 회사라",
        "새날드림, 라, 새날드림이라",
        // 으로/로: ㄹ takes 로 like a vowel
        "새날드림, 로, 새날드림으로",
        "서울, 으로, 서울로",
        "우리누리, 으로, 우리누리로",
        // what is not read aloud is skipped
        "(주)새날드림, 는, (주)새날드림은",
        "새날드림(주), 은, 새날드림(주)는",
        // digits by their Korean names, letters by their English names
        "3M, 는, 3M은",
        "SK, 은, SK는",
        "KT, 을, KT를",
        "LG, 이, LG가",
        "SAENAL, 는, SAENAL은",
        "Saenal, 는, Saenal은",
        "Saenal, 으로, Saenal로",
        "Hanbit, 가, Hanbit이",
        "제1, 는, 제1은",
        "제2, 은, 제2는",
        "제3, 를, 제3을",
        "제7, 으로, 제7로",
        "제6, 으로, 제6으로"
    })
    void theParticleFollowsTheLastSound(String word, String particle, String expected) {
        assertEquals(expected, KoreanParticles.attach(word, particle));
    }

    @Test
    void quotesAndSpacesAtTheEndAreNotRead() {
        assertEquals("‘새날드림’이", KoreanParticles.attach("‘새날드림’", "가"));
        assertEquals("'우리누리'가", KoreanParticles.attach("'우리누리'", "이"));
        assertEquals("새날드림 은", KoreanParticles.attach("새날드림 ", "는"));
    }

    @Test
    void theParticleAloneCanBeAskedFor() {
        assertEquals("은", KoreanParticles.particle("새날드림", "는"));
        assertEquals("와", KoreanParticles.particle("우리누리", "과"));
    }

    @Test
    void anEmptyNameGetsTheWrittenDefault() {
        assertEquals("은", KoreanParticles.particle("", "는"));
        assertEquals("이", KoreanParticles.particle(null, "가"));
    }

    @Test
    void onlyParticlesThatChangeAreKnown() {
        assertThrows(IllegalArgumentException.class, () -> KoreanParticles.attach("새날드림", "의"));
        assertThrows(IllegalArgumentException.class, () -> KoreanParticles.attach("새날드림", "은(는)"));
    }
}
