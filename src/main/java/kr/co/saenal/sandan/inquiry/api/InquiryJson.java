package kr.co.saenal.sandan.inquiry.api;

import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import kr.co.saenal.sandan.inquiry.ContactTime;
import kr.co.saenal.sandan.inquiry.InquiryRequest;
import kr.co.saenal.sandan.inquiry.InquiryTopic;
import kr.co.saenal.sandan.platform.FieldError;
import kr.co.saenal.sandan.platform.Texts;
import kr.co.saenal.sandan.platform.api.MalformedRequestException;
import kr.co.saenal.sandan.platform.api.StrictJson;

/**
 * Reads the JSON of {@code POST /api/inquiries} strictly: every field must have the right JSON type and no
 * unknown field is accepted, so that a client learns about a typo instead of losing data silently.
 * Type errors are collected per field; the content rules are {@link InquiryRequest}'s.
 */
final class InquiryJson {

    private static final Set<String> FIELDS = Set.of(
            InquiryRequest.NAME,
            InquiryRequest.COMPANY,
            InquiryRequest.PHONE,
            InquiryRequest.EMAIL,
            InquiryRequest.TOPIC,
            InquiryRequest.PREFERRED_TIME,
            InquiryRequest.MESSAGE,
            InquiryRequest.PRIVACY_CONSENT,
            InquiryRequest.MARKETING_CONSENT,
            InquiryRequest.COMPLEX_ID);

    /** The request as far as it could be read, and the fields that could not. */
    record Parsed(InquiryRequest request, List<FieldError> typeErrors) {}

    private final JsonObject json;
    private final List<FieldError> errors = new ArrayList<>();

    private InquiryJson(JsonObject json) {
        this.json = json;
    }

    static Parsed parse(String body) {
        JsonValue value = StrictJson.read(body);
        if (value.getValueType() != JsonValue.ValueType.OBJECT) {
            throw new MalformedRequestException(say("api.notAnObject"));
        }
        return new InquiryJson(value.asJsonObject()).read();
    }

    private Parsed read() {
        json.keySet().stream()
                .filter(key -> !FIELDS.contains(key))
                .sorted()
                .forEach(key -> errors.add(new FieldError(
                        abbreviate(key),
                        say(
                                "api.unknownField",
                                String.join(", ", FIELDS.stream().sorted().toList())))));
        InquiryRequest request = new InquiryRequest(
                text(InquiryRequest.NAME),
                text(InquiryRequest.COMPANY),
                text(InquiryRequest.PHONE),
                text(InquiryRequest.EMAIL),
                choice(InquiryRequest.TOPIC, InquiryTopic.class),
                choice(InquiryRequest.PREFERRED_TIME, ContactTime.class),
                text(InquiryRequest.MESSAGE),
                flag(InquiryRequest.PRIVACY_CONSENT),
                flag(InquiryRequest.MARKETING_CONSENT),
                identifier(InquiryRequest.COMPLEX_ID));
        return new Parsed(request, List.copyOf(errors));
    }

    private String text(String field) {
        JsonValue value = json.get(field);
        if (value == null || value == JsonValue.NULL) {
            return null;
        }
        if (value instanceof JsonString s) {
            return s.getString();
        }
        errors.add(new FieldError(field, say("api.notText")));
        return null;
    }

    private boolean flag(String field) {
        JsonValue value = json.get(field);
        if (value == null || value == JsonValue.NULL || value == JsonValue.FALSE) {
            return false;
        }
        if (value == JsonValue.TRUE) {
            return true;
        }
        errors.add(new FieldError(field, say("api.notBoolean")));
        return false;
    }

    /** A positive whole number that fits an id (a complex's number), or null or absent. */
    private Long identifier(String field) {
        JsonValue value = json.get(field);
        if (value == null || value == JsonValue.NULL) {
            return null;
        }
        if (value instanceof JsonNumber number && number.isIntegral()) {
            try {
                long id = number.bigDecimalValue().longValueExact();
                if (id >= 1) {
                    return id;
                }
            } catch (ArithmeticException tooLarge) {
                // reported below
            }
        }
        errors.add(new FieldError(field, say("api.notId")));
        return null;
    }

    /** Exactly one of the codes (as /openapi lists them), or null or absent. */
    private <E extends Enum<E>> E choice(String field, Class<E> type) {
        JsonValue value = json.get(field);
        if (value instanceof JsonString code) {
            for (E constant : type.getEnumConstants()) {
                if (constant.name().equals(code.getString())) {
                    return constant;
                }
            }
        } else if (value == null || value == JsonValue.NULL) {
            return null;
        }
        List<String> names =
                java.util.Arrays.stream(type.getEnumConstants()).map(Enum::name).toList();
        errors.add(new FieldError(field, say("api.notOneOf", String.join(", ", names))));
        return null;
    }

    private static String say(String key, Object... values) {
        return Texts.say(InquiryJson.class, key, values);
    }

    private static String abbreviate(String key) {
        return key.length() <= 40 ? key : key.substring(0, 40) + "…";
    }
}
