package kr.co.saenal.sandan.inquiry.api;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import kr.co.saenal.sandan.inquiry.InquiryChange;
import kr.co.saenal.sandan.inquiry.InquiryDetails;
import kr.co.saenal.sandan.inquiry.InquiryRow;
import kr.co.saenal.sandan.inquiry.InquiryStatus;
import kr.co.saenal.sandan.inquiry.notification.MailDelivery;
import kr.co.saenal.sandan.platform.FieldError;
import kr.co.saenal.sandan.platform.Jsons;
import kr.co.saenal.sandan.platform.RuleViolationException;
import kr.co.saenal.sandan.platform.Texts;

/** JSON of the staff side of {@code /api/inquiries}: masked lists, full details, and changes. */
final class StaffInquiryJson {

    private static final Set<String> CHANGE_FIELDS = Set.of("status", "assignee", "memo");

    private StaffInquiryJson() {}

    static JsonObject page(List<InquiryRow> rows, int page, int size, long total) {
        JsonArrayBuilder items = Jsons.PROVIDER.createArrayBuilder();
        for (InquiryRow r : rows) {
            JsonObjectBuilder item = Jsons.PROVIDER
                    .createObjectBuilder()
                    .add("id", r.id())
                    .add("name", r.maskedName())
                    .add("phone", r.maskedPhone())
                    .add("status", r.status().name())
                    .add("channel", r.channel().name())
                    .add("receivedAt", r.receivedAt().toString());
            optional(item, "company", r.company());
            optional(item, "topic", r.topic() == null ? null : r.topic().name());
            optional(item, "assignee", r.assignee());
            items.add(item);
        }
        return Jsons.PROVIDER
                .createObjectBuilder()
                .add("items", items)
                .add("page", page)
                .add("size", size)
                .add("total", total)
                .build();
    }

    static JsonObject details(InquiryDetails d, List<MailDelivery> mails) {
        JsonObjectBuilder json = Jsons.PROVIDER
                .createObjectBuilder()
                .add("id", d.id())
                .add("name", d.name())
                .add("phone", d.phone())
                .add("email", d.email())
                .add("message", d.message())
                .add("status", d.status().name())
                .add("channel", d.channel().name())
                .add("receivedAt", d.receivedAt().toString())
                .add(
                        "consent",
                        Jsons.PROVIDER
                                .createObjectBuilder()
                                .add("noticeVersion", d.consentNoticeVersion())
                                .add("agreedAt", d.consentAgreedAt().toString())
                                .add("clientAddress", d.consentAddress())
                                .add("marketingConsent", d.marketingConsent()));
        optional(json, "company", d.company());
        optional(json, "topic", d.topic() == null ? null : d.topic().name());
        optional(
                json,
                "preferredTime",
                d.preferredTime() == null ? null : d.preferredTime().name());
        optional(json, "assignee", d.assignee());
        optional(json, "memo", d.memo());
        optional(json, "destroyedAt", d.destroyed() ? d.destroyedAt().toString() : null);
        if (d.newsPostId() != null) {
            json.add("newsPostId", d.newsPostId());
        }
        if (d.complexId() != null) {
            json.add(
                    "complex",
                    Jsons.PROVIDER
                            .createObjectBuilder()
                            .add("id", d.complexId())
                            .add("name", d.complexName()));
        }
        JsonArrayBuilder notifications = Jsons.PROVIDER.createArrayBuilder();
        for (MailDelivery mail : mails) {
            JsonObjectBuilder item = Jsons.PROVIDER
                    .createObjectBuilder()
                    .add("kind", mail.kind().name())
                    .add("state", mail.state().name())
                    .add("attempts", mail.attempts());
            optional(
                    item, "sentAt", mail.sentAt() == null ? null : mail.sentAt().toString());
            optional(item, "lastError", mail.lastError());
            notifications.add(item);
        }
        return json.add("notifications", notifications).build();
    }

    /** Reads {@code {status?, assignee?, memo?}} strictly; a null or empty string clears assignee and memo. */
    static InquiryChange change(JsonObject json) {
        List<FieldError> errors = new ArrayList<>();
        json.keySet().stream()
                .filter(k -> !CHANGE_FIELDS.contains(k))
                .sorted()
                .forEach(k -> errors.add(new FieldError(k, say("api.unknownField", "assignee, memo, status"))));
        Optional<InquiryStatus> status = text(json, "status", errors).flatMap(code -> {
            try {
                return Optional.of(InquiryStatus.valueOf(code));
            } catch (IllegalArgumentException e) {
                errors.add(new FieldError("status", unknownStatus()));
                return Optional.empty();
            }
        });
        Optional<String> assignee = text(json, "assignee", errors);
        Optional<String> memo = text(json, "memo", errors);
        assignee.filter(a -> a.length() > 60)
                .ifPresent(a -> errors.add(new FieldError("assignee", say("api.tooLong", "60"))));
        memo.filter(m -> m.length() > 4000)
                .ifPresent(m -> errors.add(new FieldError("memo", say("api.tooLong", "4000"))));
        if (!errors.isEmpty()) {
            throw new RuleViolationException(errors);
        }
        return new InquiryChange(status, assignee, memo);
    }

    /** Absent: empty. JSON null: an empty string (clears the field). A string: itself. Anything else: an error. */
    private static Optional<String> text(JsonObject json, String field, List<FieldError> errors) {
        JsonValue value = json.get(field);
        if (value == null) {
            return Optional.empty();
        }
        if (value == JsonValue.NULL) {
            return Optional.of("");
        }
        if (value instanceof JsonString s) {
            return Optional.of(s.getString());
        }
        errors.add(new FieldError(field, say("api.notText")));
        return Optional.empty();
    }

    /** The refusal of a status code that is none of the workflow's. */
    static String unknownStatus() {
        return say(
                "api.status.unknown",
                Arrays.stream(InquiryStatus.values()).map(Enum::name).collect(Collectors.joining(", ")));
    }

    private static String say(String key, Object... values) {
        return Texts.say(StaffInquiryJson.class, key, values);
    }

    private static void optional(JsonObjectBuilder json, String name, String value) {
        if (value != null) {
            json.add(name, value);
        }
    }
}
