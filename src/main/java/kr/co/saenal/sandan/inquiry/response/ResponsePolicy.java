package kr.co.saenal.sandan.inquiry.response;

import java.time.Duration;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import kr.co.saenal.sandan.platform.FieldError;
import kr.co.saenal.sandan.platform.RuleViolationException;
import kr.co.saenal.sandan.platform.Texts;
import kr.co.saenal.sandan.platform.settings.SettingRepository;

/**
 * How soon a new request is answered and who takes it, from the {@code inquiries.response.*} and
 * {@code inquiries.assignment.*} rows of {@code site_setting} (defaults from migration V30, changed by administrators
 * at /admin/system/settings).
 *
 * @param targetHours the first response is due this many working hours after the request (default 9: one day)
 * @param dayStarts   when the working day starts
 * @param dayEnds     when it ends
 * @param roundRobin  whether new requests are assigned to the consultants in turn
 */
public record ResponsePolicy(int targetHours, LocalTime dayStarts, LocalTime dayEnds, boolean roundRobin) {

    static final String TARGET_HOURS = "inquiries.response.targetHours";
    static final String DAY_STARTS = "inquiries.response.dayStarts";
    static final String DAY_ENDS = "inquiries.response.dayEnds";
    static final String ROUND_ROBIN = "inquiries.assignment.roundRobin";

    public static final ResponsePolicy DEFAULT = new ResponsePolicy(9, LocalTime.of(9, 0), LocalTime.of(18, 0), false);

    static ResponsePolicy from(Map<String, String> values) {
        LocalTime starts = time(values.get(DAY_STARTS), DEFAULT.dayStarts);
        LocalTime ends = time(values.get(DAY_ENDS), DEFAULT.dayEnds);
        if (!starts.isBefore(ends)) {
            starts = DEFAULT.dayStarts;
            ends = DEFAULT.dayEnds;
        }
        return new ResponsePolicy(
                Math.max(1, SettingRepository.number(values, TARGET_HOURS, DEFAULT.targetHours)),
                starts,
                ends,
                Boolean.parseBoolean(values.getOrDefault(ROUND_ROBIN, "false").strip()));
    }

    /** A time written {@code HH:mm}, or null when it is not one. */
    public static LocalTime parseTime(String text) {
        try {
            return text == null ? null : LocalTime.parse(text.strip());
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static LocalTime time(String text, LocalTime fallback) {
        LocalTime parsed = parseTime(text);
        return parsed == null ? fallback : parsed;
    }

    Map<String, String> values() {
        Map<String, String> values = new LinkedHashMap<>();
        values.put(TARGET_HOURS, Integer.toString(targetHours));
        values.put(DAY_STARTS, dayStarts.toString());
        values.put(DAY_ENDS, dayEnds.toString());
        values.put(ROUND_ROBIN, Boolean.toString(roundRobin));
        return values;
    }

    public Duration target() {
        return Duration.ofHours(targetHours);
    }

    /** @throws RuleViolationException naming the record component of each value out of range */
    void check() {
        List<FieldError> errors = new ArrayList<>();
        if (targetHours < 1 || targetHours > 200) {
            errors.add(new FieldError("targetHours", say("response.range.targetHours")));
        }
        if (dayStarts == null) {
            errors.add(new FieldError("dayStarts", say("response.time")));
        }
        if (dayEnds == null) {
            errors.add(new FieldError("dayEnds", say("response.time")));
        } else if (dayStarts != null && !dayStarts.isBefore(dayEnds)) {
            errors.add(new FieldError("dayEnds", say("response.dayEndsBeforeStart")));
        }
        if (!errors.isEmpty()) {
            throw new RuleViolationException(errors);
        }
    }

    private static String say(String key) {
        return Texts.say(ResponsePolicy.class, key);
    }
}
