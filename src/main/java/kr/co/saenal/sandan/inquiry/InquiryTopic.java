package kr.co.saenal.sandan.inquiry;

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
}
