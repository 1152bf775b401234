package kr.co.saenal.sandan.inquiry.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import kr.co.saenal.sandan.inquiry.consent.ConsentNotice;
import kr.co.saenal.sandan.inquiry.consent.ConsentNoticeText;
import kr.co.saenal.sandan.inquiry.consent.ConsentNotices;
import kr.co.saenal.sandan.news.web.ArticlePagePart;
import kr.co.saenal.sandan.platform.KoreanTime;

/**
 * {@code #{consentNotice}}: the consent notice the forms show now (and the privacy policy quotes), read once per
 * request. Its version is part of the article page's validator, since the short form under each article shows it.
 */
@Named("consentNotice")
@RequestScoped
public class CurrentConsentNotice implements ArticlePagePart {

    @Inject
    ConsentNotices notices;

    private ConsentNotice current;

    private ConsentNotice current() {
        if (current == null) {
            current = notices.current();
        }
        return current;
    }

    public int getVersion() {
        return current().getVersion();
    }

    public String getPurpose() {
        return current().getPurpose();
    }

    public String getItems() {
        return current().getItems();
    }

    public String getRetention() {
        return current().getRetention();
    }

    public String getRightToRefuse() {
        return current().getRightToRefuse();
    }

    /** The English rendering of this version (for information; the Korean text binds), or {@code null}. */
    public ConsentNoticeText getEnglish() {
        return current().english().orElse(null);
    }

    /** The day it took effect, the Korean way (2026년 11월 26일). */
    public String getDate() {
        return KoreanTime.date(current().getPublishedAt());
    }

    @Override
    public String validatorPart(long articleId) {
        return "consent-notice " + getVersion();
    }
}
