package kr.co.saenal.sandan.comment;

import java.util.regex.Pattern;

/**
 * Cleans what a reader typed into plain text worth storing: control characters and invisible direction marks
 * go, line breaks stay in the text (at most one empty line in a row) but not in the name. Nothing is
 * interpreted as HTML; pages escape the text when they show it.
 */
public final class CommentText {

    /** C0/C1 controls except line feed, and the bidirectional overrides and isolates that can disguise text. */
    private static final Pattern INVISIBLE =
            Pattern.compile("[\\p{Cc}&&[^\\n]]|[\\u200B\\u200E\\u200F\\u202A-\\u202E\\u2066-\\u2069\\uFEFF]");

    private static final Pattern SPACES = Pattern.compile("[ \\t\\u00A0\\u3000]+");
    private static final Pattern BLANK_LINES = Pattern.compile("\\n{3,}");

    private CommentText() {}

    /** The display name: one line, inner runs of space collapsed, trimmed. */
    public static String name(String typed) {
        if (typed == null) {
            return "";
        }
        String oneLine = typed.replace("\r", " ").replace("\n", " ").replace("\t", " ");
        return SPACES.matcher(INVISIBLE.matcher(oneLine).replaceAll(""))
                .replaceAll(" ")
                .strip();
    }

    /** The comment: line breaks normalised to \n and kept, trailing spaces of each line dropped, trimmed. */
    public static String body(String typed) {
        if (typed == null) {
            return "";
        }
        String text = typed.replace("\r\n", "\n").replace('\r', '\n').replace('\t', ' ');
        text = INVISIBLE.matcher(text).replaceAll("");
        text = text.lines()
                .map(String::stripTrailing)
                .reduce((a, b) -> a + "\n" + b)
                .orElse("");
        return BLANK_LINES.matcher(text).replaceAll("\n\n").strip();
    }
}
