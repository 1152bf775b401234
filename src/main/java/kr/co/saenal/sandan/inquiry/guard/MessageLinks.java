package kr.co.saenal.sandan.inquiry.guard;

import java.util.regex.Pattern;

/**
 * Counts the links in a message: {@code http(s)://} and {@code www.} addresses and bare domain names under common
 * top-level domains. E-mail addresses are not links. Spam carries links; people asking for advice rarely more
 * than one or two.
 */
public final class MessageLinks {

    private static final Pattern LINK = Pattern.compile(
            "(?:https?://|www\\.)\\S+"
                    + "|(?<![@\\w.-])[\\w-]+(?:\\.[\\w-]+)*\\.(?:com|net|org|kr|co|io|info|biz|xyz|top|site|online|shop|ru|cn|me|ly|gl)\\b(?![@.\\w-])",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CHARACTER_CLASS);

    private MessageLinks() {}

    public static int count(String message) {
        return message == null ? 0 : (int) LINK.matcher(message).results().count();
    }
}
