package kr.co.saenal.sandan.inquiry.notification;

import java.util.Locale;
import kr.co.saenal.sandan.platform.Texts;

/** Where a mail stands: waiting (first try or a retry), out, or given up after the last attempt. */
public enum DeliveryState {
    PENDING,
    SENT,
    FAILED;

    /** What people read for it, in the language of the request being served. */
    public String label() {
        return Texts.say(DeliveryState.class, "notification.deliveryState." + name());
    }

    public String label(Locale locale) {
        return Texts.format(DeliveryState.class, locale, "notification.deliveryState." + name());
    }

    /** For EL pages ({@code .label}). */
    public String getLabel() {
        return label();
    }
}
