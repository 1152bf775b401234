package kr.co.saenal.sandan.inquiry.timeline;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/**
 * One dated line of a request's history: what happened ({@code kind}), who did it ({@code actor}; null for the
 * system or the requester), what the line says in the reader's language ({@code text}) and, for a note, its id, its
 * text ({@code body}), whether it was edited and, for administrators only, its earlier texts.
 */
public record TimelineEntry(
        Instant at,
        Kind kind,
        String actor,
        String text,
        Long noteId,
        String body,
        boolean edited,
        List<EarlierText> earlier)
        implements Serializable {

    /** In the order lines of the same moment are shown: a save's changes before the note written with them. */
    public enum Kind {
        RECEIVED,
        STATUS,
        ASSIGNED,
        NOTE,
        MAIL_SENT,
        MAIL_FAILED,
        EXPORTED,
        DESTROYED
    }

    /** A note's text before an edit, and who replaced it when. */
    public record EarlierText(String body, Instant replacedAt, String replacedBy) implements Serializable {}

    static TimelineEntry event(Instant at, Kind kind, String actor, String text) {
        return new TimelineEntry(at, kind, actor, text, null, null, false, List.of());
    }
}
