package kr.co.saenal.sandan.platform.guard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import kr.co.saenal.sandan.platform.guard.FormStamps.Verdict;
import org.junit.jupiter.api.Test;

class FormStampsTest {

    private static final long ARTICLE = 42;
    private static final Duration MIN_FILL = Duration.ofSeconds(3);
    private static final Instant SERVED = Instant.parse("2026-11-26T00:00:00.123Z");

    private final FormStamps stamps = new FormStamps("서명 열쇠 thirty-two bytes long.".getBytes(StandardCharsets.UTF_8));

    @Test
    void aStampTellsWhenItsFormWasServed() {
        String stamp = stamps.issue(ARTICLE, SERVED);

        assertEquals(Optional.of(SERVED), stamps.issuedAt(stamp, ARTICLE));
        assertTrue(stamp.startsWith(SERVED.toEpochMilli() + "."), stamp);
    }

    @Test
    void aFormSentBackAfterTheMinimumFillTimeIsInTime() {
        String stamp = stamps.issue(ARTICLE, SERVED);

        assertEquals(Verdict.IN_TIME, stamps.judge(stamp, ARTICLE, SERVED.plus(MIN_FILL), MIN_FILL));
        assertEquals(Verdict.IN_TIME, stamps.judge(stamp, ARTICLE, SERVED.plus(Duration.ofHours(2)), MIN_FILL));
        assertEquals(Verdict.IN_TIME, stamps.judge(stamp, ARTICLE, SERVED, Duration.ZERO), "no minimum set");
    }

    @Test
    void aFormSentBackSoonerThanAPersonCouldFillItInIsTooYoung() {
        String stamp = stamps.issue(ARTICLE, SERVED);

        assertEquals(Verdict.TOO_YOUNG, stamps.judge(stamp, ARTICLE, SERVED, MIN_FILL));
        assertEquals(
                Verdict.TOO_YOUNG,
                stamps.judge(stamp, ARTICLE, SERVED.plus(MIN_FILL).minusMillis(1), MIN_FILL));
        assertEquals(
                Verdict.TOO_YOUNG,
                stamps.judge(stamp, ARTICLE, SERVED.minusSeconds(5), MIN_FILL),
                "a stamp from the future (another node's clock ahead) proves no time spent");
    }

    @Test
    void aFormOlderThanADayHasExpired() {
        String stamp = stamps.issue(ARTICLE, SERVED);

        assertEquals(Verdict.IN_TIME, stamps.judge(stamp, ARTICLE, SERVED.plus(FormStamps.MAX_FORM_AGE), MIN_FILL));
        assertEquals(
                Verdict.EXPIRED,
                stamps.judge(
                        stamp, ARTICLE, SERVED.plus(FormStamps.MAX_FORM_AGE).plusMillis(1), MIN_FILL));
    }

    @Test
    void aStampIssuedForAnotherFormIsNotOurs() {
        String forTheConsultationPage = stamps.issue(0, SERVED);

        assertEquals(Optional.empty(), stamps.issuedAt(forTheConsultationPage, ARTICLE));
        assertEquals(Verdict.NOT_OURS, stamps.judge(forTheConsultationPage, ARTICLE, SERVED.plusSeconds(60), MIN_FILL));
        assertEquals(
                Verdict.NOT_OURS,
                stamps.judge(stamps.issue(ARTICLE + 1, SERVED), ARTICLE, SERVED.plusSeconds(60), MIN_FILL));
    }

    @Test
    void aStampClaimingAnEarlierTimeIsForged() {
        String stamp = stamps.issue(ARTICLE, SERVED);
        String signature = stamp.substring(stamp.indexOf('.') + 1);
        String older = SERVED.minusSeconds(60).toEpochMilli() + "." + signature;

        assertEquals(Verdict.NOT_OURS, stamps.judge(older, ARTICLE, SERVED.plusSeconds(1), MIN_FILL));
    }

    @Test
    void aStampSignedWithAnotherKeyIsForged() {
        FormStamps otherInstallation =
                new FormStamps("another installation's key, 32 b".getBytes(StandardCharsets.UTF_8));
        String stamp = otherInstallation.issue(ARTICLE, SERVED);

        assertNotEquals(stamp, stamps.issue(ARTICLE, SERVED));
        assertEquals(Verdict.NOT_OURS, stamps.judge(stamp, ARTICLE, SERVED.plusSeconds(60), MIN_FILL));
    }

    @Test
    void whatIsNoStampAtAllIsNotOurs() {
        String good = stamps.issue(ARTICLE, SERVED);
        for (String garbage : new String[] {
            null,
            "",
            ".",
            "1.forged",
            good.substring(0, good.indexOf('.')),
            good.substring(good.indexOf('.')),
            "-1" + good.substring(good.indexOf('.')),
            "12345678901234567890." + good.substring(good.indexOf('.') + 1),
            good + "x",
            good.toUpperCase(),
            "１２３." + good.substring(good.indexOf('.') + 1)
        }) {
            assertEquals(
                    Verdict.NOT_OURS,
                    stamps.judge(garbage, ARTICLE, SERVED.plusSeconds(60), MIN_FILL),
                    String.valueOf(garbage));
        }
    }
}
