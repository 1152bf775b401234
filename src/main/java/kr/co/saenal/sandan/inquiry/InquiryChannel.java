package kr.co.saenal.sandan.inquiry;

/** How a request reached us: the consultation page, the short form under an article, or the API. */
public enum InquiryChannel {
    CONSULT_PAGE,
    ARTICLE_FORM,
    API
}
