package kr.co.saenal.sandan.comment;

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
 * How comments are taken, from the {@code comments.*} rows of {@code site_setting} (defaults from migration V11,
 * changed by administrators at /admin/system/settings).
 *
 * @param moderation      comments wait for an editor before they are shown
 * @param minFillSeconds  a form sent back sooner than this after the page was served is a bot's (dropped)
 * @param rateLimit       at most this many comments from one client address ...
 * @param rateWindowMinutes ... within this many minutes
 */
public record CommentPolicy(boolean moderation, int minFillSeconds, int rateLimit, int rateWindowMinutes) {

    static final String MODERATION = "comments.moderation";
    static final String MIN_FILL_SECONDS = "comments.minFillSeconds";
    static final String RATE_LIMIT = "comments.rateLimit";
    static final String RATE_WINDOW_MINUTES = "comments.rateWindowMinutes";

    public static final CommentPolicy DEFAULT = new CommentPolicy(true, 3, 3, 10);

    static CommentPolicy from(Map<String, String> values) {
        return new CommentPolicy(
                Boolean.parseBoolean(values.getOrDefault(MODERATION, Boolean.toString(DEFAULT.moderation))),
                SettingRepository.number(values, MIN_FILL_SECONDS, DEFAULT.minFillSeconds),
                SettingRepository.number(values, RATE_LIMIT, DEFAULT.rateLimit),
                SettingRepository.number(values, RATE_WINDOW_MINUTES, DEFAULT.rateWindowMinutes));
    }

    Map<String, String> values() {
        Map<String, String> values = new LinkedHashMap<>();
        values.put(MODERATION, Boolean.toString(moderation));
        values.put(MIN_FILL_SECONDS, Integer.toString(minFillSeconds));
        values.put(RATE_LIMIT, Integer.toString(rateLimit));
        values.put(RATE_WINDOW_MINUTES, Integer.toString(rateWindowMinutes));
        return values;
    }

    public Duration minFillTime() {
        return Duration.ofSeconds(minFillSeconds);
    }

    public Duration rateWindow() {
        return Duration.ofMinutes(rateWindowMinutes);
    }

    /** @throws RuleViolationException naming the record component of each value out of range */
    void check() {
        List<FieldError> errors = new ArrayList<>();
        if (minFillSeconds < 0 || minFillSeconds > 600) {
            errors.add(new FieldError("minFillSeconds", outOfRange("minFillSeconds")));
        }
        if (rateLimit < 1 || rateLimit > 1000) {
            errors.add(new FieldError("rateLimit", outOfRange("rateLimit")));
        }
        if (rateWindowMinutes < 1 || rateWindowMinutes > 1440) {
            errors.add(new FieldError("rateWindowMinutes", outOfRange("rateWindowMinutes")));
        }
        if (!errors.isEmpty()) {
            throw new RuleViolationException(errors);
        }
    }

    /** Why a value is refused, in the language of the request being served. */
    private static String outOfRange(String field) {
        return Texts.say(CommentPolicy.class, "commentPolicy." + field + ".range");
    }
}
