package kr.co.saenal.sandan.platform.guard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import kr.co.saenal.sandan.platform.Texts;
import org.junit.jupiter.api.Test;

class RateLimiterTest {

    private static final Instant T0 = Instant.parse("2026-11-26T00:00:00Z");
    private static final Duration WINDOW = Duration.ofMinutes(10);

    private final RateLimiter limiter = new RateLimiter();

    @Test
    void theLimitPassesAtOnceAndTheNextWaitsForOneShare() {
        for (int i = 0; i < 5; i++) {
            assertTrue(limiter.acquire("a", 5, WINDOW, T0).isEmpty(), "request " + (i + 1));
        }
        assertEquals(Optional.of(Duration.ofMinutes(2)), limiter.acquire("a", 5, WINDOW, T0));
    }

    @Test
    void aRefusedRequestCostsNothingAndTheClientMayGoOnAfterTheWait() {
        for (int i = 0; i < 5; i++) {
            limiter.acquire("a", 5, WINDOW, T0);
        }
        assertEquals(Optional.of(Duration.ofSeconds(60)), limiter.acquire("a", 5, WINDOW, T0.plusSeconds(60)));
        assertTrue(limiter.acquire("a", 5, WINDOW, T0.plusSeconds(120)).isEmpty());
        assertTrue(limiter.acquire("a", 5, WINDOW, T0.plusSeconds(120)).isPresent());
    }

    @Test
    void clientsAreCountedApart() {
        for (int i = 0; i < 5; i++) {
            limiter.acquire("a", 5, WINDOW, T0);
        }
        assertTrue(limiter.acquire("b", 5, WINDOW, T0).isEmpty());
    }

    @Test
    void aFullWindowLaterTheWholeLimitIsBack() {
        for (int i = 0; i < 5; i++) {
            limiter.acquire("a", 5, WINDOW, T0);
        }
        for (int i = 0; i < 5; i++) {
            assertTrue(limiter.acquire("a", 5, WINDOW, T0.plus(WINDOW)).isEmpty());
        }
    }

    @Test
    void retryAfterIsWholeSecondsRoundedUp() {
        assertEquals(2, new TooManyRequestsException(Duration.ofMillis(1001)).retryAfterSeconds());
        assertEquals(1, new TooManyRequestsException(Duration.ZERO).retryAfterSeconds());
        assertEquals("2분", new TooManyRequestsException(Duration.ofSeconds(61)).retryAfterText());
    }

    @Test
    void theWaitIsSaidInTheRequestsLanguage() {
        assertEquals("40초", new TooManyRequestsException(Duration.ofSeconds(40)).retryAfterText());
        assertEquals("1440분", new TooManyRequestsException(Duration.ofDays(1)).retryAfterText());
        try (Texts.Scope english = Texts.speak(Locale.ENGLISH)) {
            assertEquals("2 minutes", new TooManyRequestsException(Duration.ofSeconds(61)).retryAfterText());
            assertEquals("1 minute", new TooManyRequestsException(Duration.ofSeconds(60)).retryAfterText());
            assertEquals("1 second", new TooManyRequestsException(Duration.ofMillis(300)).retryAfterText());
            assertEquals("40 seconds", new TooManyRequestsException(Duration.ofSeconds(40)).retryAfterText());
        }
    }
}
