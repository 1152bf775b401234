package kr.co.saenal.sandan.inquiry.timeline;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import kr.co.saenal.sandan.inquiry.InquiryDesk;
import kr.co.saenal.sandan.inquiry.InquiryDetails;
import kr.co.saenal.sandan.inquiry.InquiryEvent;
import kr.co.saenal.sandan.inquiry.InquiryNote;
import kr.co.saenal.sandan.inquiry.InquiryStatus;
import kr.co.saenal.sandan.inquiry.notification.DeliveryState;
import kr.co.saenal.sandan.inquiry.notification.MailDelivery;
import kr.co.saenal.sandan.inquiry.notification.Outbox;
import kr.co.saenal.sandan.platform.Texts;
import kr.co.saenal.sandan.security.AccessAction;
import kr.co.saenal.sandan.security.AccessEntry;
import kr.co.saenal.sandan.security.AccessLog;

/**
 * A request's whole history in one dated list, oldest first: its arrival, the consultants' notes, every change of
 * status and assignee, the mails sent or given up, the exports that included it, and its destruction. Each part is
 * read where it is kept (notes and events with the request, mails in the outbox, exports and destruction in the
 * access log), so nothing is written twice to be shown here. Read as part of the request's details, whose opening
 * is recorded.
 */
@ApplicationScoped
@Transactional
public class InquiryTimeline {

    @Inject
    InquiryDesk desk;

    @Inject
    AccessLog accessLog;

    /**
     * @param mails the request's mails, as the caller shows them too ({@link Outbox#about})
     * @param administrator whether the reader sees edited notes' earlier texts
     */
    public List<TimelineEntry> of(InquiryDetails inquiry, List<MailDelivery> mails, boolean administrator) {
        long id = inquiry.id();
        List<TimelineEntry> entries = new ArrayList<>();
        entries.add(TimelineEntry.event(
                inquiry.receivedAt(),
                TimelineEntry.Kind.RECEIVED,
                null,
                say("timeline.received", inquiry.channel().label())));
        for (InquiryNote note : desk.notes(id)) {
            entries.add(note(note, inquiry.destroyed(), administrator));
        }
        for (InquiryEvent event : desk.events(id)) {
            entries.add(event(event));
        }
        for (MailDelivery mail : mails) {
            if (mail.state() == DeliveryState.SENT && mail.sentAt() != null) {
                entries.add(TimelineEntry.event(
                        mail.sentAt(),
                        TimelineEntry.Kind.MAIL_SENT,
                        null,
                        say("timeline.mailSent", mail.kind().label())));
            } else if (mail.state() == DeliveryState.FAILED) {
                entries.add(TimelineEntry.event(
                        mail.nextAttemptAt() == null ? inquiry.receivedAt() : mail.nextAttemptAt(),
                        TimelineEntry.Kind.MAIL_FAILED,
                        null,
                        say("timeline.mailFailed", mail.kind().label(), mail.attempts())));
            }
        }
        boolean destructionRecorded = false;
        for (AccessEntry record : accessLog.exportsAndDestructionOf(id)) {
            if (record.action() == AccessAction.EXPORT) {
                entries.add(TimelineEntry.event(
                        record.accessedAt(),
                        TimelineEntry.Kind.EXPORTED,
                        record.staffUsername(),
                        say("timeline.exported", String.valueOf(record.fileFormat()), record.reason())));
            } else {
                destructionRecorded = true;
                entries.add(TimelineEntry.event(
                        record.accessedAt(),
                        TimelineEntry.Kind.DESTROYED,
                        record.staffUsername(),
                        say("timeline.destroyedOnDemand", record.reason())));
            }
        }
        if (inquiry.destroyed() && !destructionRecorded) {
            entries.add(TimelineEntry.event(
                    inquiry.destroyedAt(), TimelineEntry.Kind.DESTROYED, null, say("timeline.destroyedByRetention")));
        }
        entries.sort(Comparator.comparing(TimelineEntry::at).thenComparing(TimelineEntry::kind));
        return entries;
    }

    private static TimelineEntry note(InquiryNote note, boolean destroyed, boolean administrator) {
        List<TimelineEntry.EarlierText> earlier = administrator
                ? note.getRevisions().stream()
                        .map(r -> new TimelineEntry.EarlierText(r.getBody(), r.getReplacedAt(), r.getReplacedBy()))
                        .toList()
                : List.of();
        String text = destroyed
                ? say("timeline.noteDestroyed")
                : note.getAuthor() == null ? say("timeline.formerMemo") : say("timeline.note");
        return new TimelineEntry(
                note.getWrittenAt(),
                TimelineEntry.Kind.NOTE,
                note.getAuthor(),
                text,
                note.getId(),
                note.getBody(),
                note.getEditedAt() != null,
                earlier);
    }

    private static TimelineEntry event(InquiryEvent event) {
        String text = switch (event.getKind()) {
            case STATUS -> say("timeline.status", status(event.getBefore()), status(event.getAfter()));
            case ASSIGNED ->
                event.getAfter() == null
                        ? say("timeline.unassigned", event.getBefore())
                        : event.getBefore() == null
                                ? say(
                                        event.getActor() == null ? "timeline.assignedInTurn" : "timeline.assigned",
                                        event.getAfter())
                                : say("timeline.reassigned", event.getBefore(), event.getAfter());
        };
        TimelineEntry.Kind kind =
                event.getKind() == InquiryEvent.Kind.STATUS ? TimelineEntry.Kind.STATUS : TimelineEntry.Kind.ASSIGNED;
        return TimelineEntry.event(event.getHappenedAt(), kind, event.getActor(), text);
    }

    private static String status(String name) {
        return InquiryStatus.valueOf(name).label();
    }

    private static String say(String key, Object... arguments) {
        return Texts.say(InquiryTimeline.class, key, arguments);
    }
}
