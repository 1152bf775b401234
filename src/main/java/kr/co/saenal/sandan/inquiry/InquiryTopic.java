package kr.co.saenal.sandan.inquiry;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** What the company wants advice on. */
public enum InquiryTopic {
    LOCATION("입주·분양·이전"),
    DEVELOPMENT("개발·조성"),
    RESTRUCTURING("구조고도화·재생사업"),
    FUNDING("정책자금·공모사업"),
    MANAGEMENT("관리·운영"),
    OTHER("기타");

    private final String label;

    InquiryTopic(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public String getLabel() {
        return label;
    }

    /** Accepts the code ({@code RESTRUCTURING}, any case) or the Korean label. */
    public static Optional<InquiryTopic> parse(String value) {
        String trimmed = value.trim();
        return Arrays.stream(values())
                .filter(t -> t.name().equals(trimmed.toUpperCase(Locale.ROOT)) || t.label.equals(trimmed))
                .findFirst();
    }
}
