package kr.co.saenal.sandan.inquiry.api;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import kr.co.saenal.sandan.inquiry.InquiryChange;
import kr.co.saenal.sandan.inquiry.InquiryDetails;
import kr.co.saenal.sandan.inquiry.InquiryFileRow;
import kr.co.saenal.sandan.inquiry.InquiryNote;
import kr.co.saenal.sandan.inquiry.InquiryRow;
import kr.co.saenal.sandan.inquiry.InquiryStatus;
import kr.co.saenal.sandan.inquiry.notification.MailDelivery;
import kr.co.saenal.sandan.inquiry.timeline.TimelineEntry;
import kr.co.saenal.sandan.platform.FieldError;
import kr.co.saenal.sandan.platform.Jsons;
import kr.co.saenal.sandan.platform.RuleViolationException;
import kr.co.saenal.sandan.platform.Texts;

/** JSON of the staff side of {@code /api/inquiries}: masked lists, full details, and changes. */
final class StaffInquiryJson {

    /** {@code memo} is the older name of {@code note}: it adds a note too (requests kept one memo before notes). */
    private static final Set<String> CHANGE_FIELDS = Set.of("status", "assignee", "note", "memo");

    private StaffInquiryJson() {}

    static JsonObject page(List<InquiryRow> rows, int page, int size, long total, Instant now) {
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
            optional(
                    item,
                    "respondBy",
                    r.respondBy() == null ? null : r.respondBy().toString());
            item.add("overdue", r.overdueAt(now));
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

    static JsonObject details(
            InquiryDetails d,
            List<MailDelivery> mails,
            List<TimelineEntry> timeline,
            List<InquiryRow> earlier,
            List<InquiryFileRow> files,
            Instant now) {
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
        optional(json, "destroyedAt", d.destroyed() ? d.destroyedAt().toString() : null);
        optional(
                json,
                "respondBy",
                d.respondBy() == null || d.destroyed() ? null : d.respondBy().toString());
        json.add("overdue", d.overdueAt(now));
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
        JsonArrayBuilder sameRequester = Jsons.PROVIDER.createArrayBuilder();
        earlier.forEach(r -> sameRequester.add(Jsons.PROVIDER
                .createObjectBuilder()
                .add("id", r.id())
                .add("receivedAt", r.receivedAt().toString())
                .add("status", r.status().name())));
        JsonArrayBuilder documents = Jsons.PROVIDER.createArrayBuilder();
        files.forEach(f -> documents.add(Jsons.PROVIDER
                .createObjectBuilder()
                .add("id", f.id())
                .add("fileName", f.fileName())
                .add("contentType", f.kind().contentType())
                .add("size", f.size())
                .add("href", "/api/inquiries/" + d.id() + "/files/" + f.id())));
        return json.add("notifications", notifications)
                .add("timeline", timeline(timeline))
                .add("earlierRequests", sameRequester)
                .add("files", documents)
                .build();
    }

    private static JsonArrayBuilder timeline(List<TimelineEntry> timeline) {
        JsonArrayBuilder entries = Jsons.PROVIDER.createArrayBuilder();
        for (TimelineEntry entry : timeline) {
            JsonObjectBuilder item = Jsons.PROVIDER
                    .createObjectBuilder()
                    .add("at", entry.at().toString())
                    .add("kind", entry.kind().name())
                    .add("text", entry.text());
            optional(item, "actor", entry.actor());
            if (entry.noteId() != null) {
                item.add("noteId", entry.noteId()).add("body", entry.body()).add("edited", entry.edited());
            }
            if (!entry.earlier().isEmpty()) {
                JsonArrayBuilder earlier = Jsons.PROVIDER.createArrayBuilder();
                entry.earlier()
                        .forEach(e -> earlier.add(Jsons.PROVIDER
                                .createObjectBuilder()
                                .add("body", e.body())
                                .add("replacedAt", e.replacedAt().toString())
                                .add("replacedBy", e.replacedBy())));
                item.add("earlierTexts", earlier);
            }
            entries.add(item);
        }
        return entries;
    }

    /**
     * Reads {@code {status?, assignee?, note?}} strictly; a null or empty assignee clears it, a note adds one (an
     * empty one nothing).
     */
    static InquiryChange change(JsonObject json) {
        List<FieldError> errors = new ArrayList<>();
        json.keySet().stream()
                .filter(k -> !CHANGE_FIELDS.contains(k))
                .sorted()
                .forEach(k -> errors.add(new FieldError(k, say("api.unknownField", "assignee, note, status"))));
        Optional<InquiryStatus> status = text(json, "status", errors).flatMap(code -> {
            try {
                return Optional.of(InquiryStatus.valueOf(code));
            } catch (IllegalArgumentException e) {
                errors.add(new FieldError("status", unknownStatus()));
                return Optional.empty();
            }
        });
        Optional<String> assignee = text(json, "assignee", errors);
        String noteField = json.containsKey("note") ? "note" : "memo";
        Optional<String> note = text(json, noteField, errors);
        assignee.filter(a -> a.length() > 60)
                .ifPresent(a -> errors.add(new FieldError("assignee", say("api.tooLong", "60"))));
        note.filter(m -> m.strip().length() > InquiryNote.MAX_LENGTH)
                .ifPresent(m -> errors.add(
                        new FieldError(noteField, say("api.tooLong", String.valueOf(InquiryNote.MAX_LENGTH)))));
        if (!errors.isEmpty()) {
            throw new RuleViolationException(errors);
        }
        return new InquiryChange(status, assignee, note);
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
