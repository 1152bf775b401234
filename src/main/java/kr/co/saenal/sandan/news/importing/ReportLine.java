package kr.co.saenal.sandan.news.importing;

import java.io.Serializable;

/**
 * One thing an import left out and why: a picture not fetched ({@code IMAGE}, its address) or an item not imported
 * ({@code ITEM}, its title).
 */
public record ReportLine(Kind kind, String subject, String reason) implements Serializable {

    private static final long serialVersionUID = 1L;

    public enum Kind {
        IMAGE,
        ITEM
    }

    String encoded() {
        return kind.name() + "\t" + clean(subject) + "\t" + clean(reason);
    }

    static ReportLine decoded(String line) {
        String[] parts = line.split("\t", 3);
        return new ReportLine(Kind.valueOf(parts[0]), parts[1], parts.length > 2 ? parts[2] : "");
    }

    private static String clean(String text) {
        return text == null ? "" : text.replace('\t', ' ').replace('\n', ' ').replace('\r', ' ');
    }
}
