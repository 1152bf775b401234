package kr.co.saenal.sandan.inquiry.guard;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import kr.co.saenal.sandan.platform.FieldError;
import kr.co.saenal.sandan.platform.RuleViolationException;
import kr.co.saenal.sandan.platform.Texts;
import kr.co.saenal.sandan.platform.settings.SettingRepository;

/**
 * What keeps automated abuse away from consultation requests, from the {@code inquiries.*} rows of
 * {@code site_setting} (defaults from migration V16, changed by administrators at /admin/system/settings).
 *
 * @param minFillSeconds    a form sent back sooner than this after the page was served is refused
 * @param rateLimit         at most this many submissions (accepted or not) from one client ...
 * @param rateWindowMinutes ... within this many minutes; more are answered with 429 and {@code Retry-After}
 * @param maxLinks          at most this many links (URLs, web addresses) in a message
 * @param maxBodyKiB        the largest body {@code POST /api/inquiries} reads
 */
public record InquiryGuardPolicy(
        int minFillSeconds, int rateLimit, int rateWindowMinutes, int maxLinks, int maxBodyKiB) {

    static final String PREFIX = "inquiries.";
    static final String MIN_FILL_SECONDS = PREFIX + "minFillSeconds";
    static final String RATE_LIMIT = PREFIX + "rateLimit";
    static final String RATE_WINDOW_MINUTES = PREFIX + "rateWindowMinutes";
    static final String MAX_LINKS = PREFIX + "maxLinks";
    static final String MAX_BODY_KIB = PREFIX + "maxBodyKiB";

    public static final InquiryGuardPolicy DEFAULT = new InquiryGuardPolicy(3, 10, 10, 3, 64);

    static InquiryGuardPolicy from(Map<String, String> values) {
        return new InquiryGuardPolicy(
                SettingRepository.number(values, MIN_FILL_SECONDS, DEFAULT.minFillSeconds),
                SettingRepository.number(values, RATE_LIMIT, DEFAULT.rateLimit),
                SettingRepository.number(values, RATE_WINDOW_MINUTES, DEFAULT.rateWindowMinutes),
                SettingRepository.number(values, MAX_LINKS, DEFAULT.maxLinks),
                SettingRepository.number(values, MAX_BODY_KIB, DEFAULT.maxBodyKiB));
    }

    Map<String, String> values() {
        Map<String, String> values = new LinkedHashMap<>();
        values.put(MIN_FILL_SECONDS, Integer.toString(minFillSeconds));
        values.put(RATE_LIMIT, Integer.toString(rateLimit));
        values.put(RATE_WINDOW_MINUTES, Integer.toString(rateWindowMinutes));
        values.put(MAX_LINKS, Integer.toString(maxLinks));
        values.put(MAX_BODY_KIB, Integer.toString(maxBodyKiB));
        return values;
    }

    public Duration minFillTime() {
        return Duration.ofSeconds(minFillSeconds);
    }

    public Duration rateWindow() {
        return Duration.ofMinutes(rateWindowMinutes);
    }

    public int maxBodyBytes() {
        return maxBodyKiB * 1024;
    }

    /** @throws RuleViolationException naming the record component of each value out of range */
    void check() {
        List<FieldError> errors = new ArrayList<>();
        range(errors, "minFillSeconds", minFillSeconds, 0, 600);
        range(errors, "rateLimit", rateLimit, 1, 1_000_000);
        range(errors, "rateWindowMinutes", rateWindowMinutes, 1, 1440);
        range(errors, "maxLinks", maxLinks, 0, 50);
        range(errors, "maxBodyKiB", maxBodyKiB, 4, 1024);
        if (!errors.isEmpty()) {
            throw new RuleViolationException(errors);
        }
    }

    /** The refusal names the limits in words ({@code guard.range.<field>} of the texts). */
    private static void range(List<FieldError> errors, String field, int value, int min, int max) {
        if (value < min || value > max) {
            errors.add(new FieldError(field, Texts.say(InquiryGuardPolicy.class, "guard.range." + field)));
        }
    }
}
