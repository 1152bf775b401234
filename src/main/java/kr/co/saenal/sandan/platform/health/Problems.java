package kr.co.saenal.sandan.platform.health;

/** What a failed check says of its exception: the class and message, short (no stack, no personal data). */
public final class Problems {

    private static final int LONGEST = 300;

    private Problems() {}

    public static String describe(Throwable e) {
        String text = e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
        return text.length() > LONGEST ? text.substring(0, LONGEST) + "…" : text;
    }
}
