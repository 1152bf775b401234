package kr.co.saenal.sandan.inquiry.consent;

import java.io.Serializable;

/** The four parts of a 개인정보 수집·이용 안내 that 개인정보보호법 requires a notice to state. */
public record ConsentNoticeText(String purpose, String items, String retention, String rightToRefuse)
        implements Serializable {}
