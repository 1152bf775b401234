package kr.co.saenal.sandan.inquiry.admin;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.Map;
import kr.co.saenal.sandan.inquiry.alert.AlertSettings;
import kr.co.saenal.sandan.inquiry.alert.StaffAlerts;
import kr.co.saenal.sandan.platform.RuleViolationException;
import kr.co.saenal.sandan.platform.Texts;
import kr.co.saenal.sandan.platform.web.FieldMessages;

/**
 * The 새 신청 알림 section of /admin/system/settings: the webhook and SMS/알림톡. Fields are keyed by the settings'
 * component names. The two secrets are never sent back to the browser: their fields stay empty, and an empty field
 * keeps the stored secret.
 */
@Named
@ViewScoped
public class AlertSettingsPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    StaffAlerts alerts;

    private final Map<String, String> values = new LinkedHashMap<>();
    private boolean webhookSecretSet;
    private boolean smsApiSecretSet;

    @PostConstruct
    void load() {
        show(alerts.current());
    }

    public void save() {
        FacesContext faces = FacesContext.getCurrentInstance();
        AlertSettings stored = alerts.current();
        try {
            show(alerts.change(
                    new AlertSettings(
                            values.get("webhookUrl"),
                            orStored(values.get("webhookSecret"), stored.webhookSecret()),
                            values.get("smsApiUrl"),
                            values.get("smsApiKey"),
                            orStored(values.get("smsApiSecret"), stored.smsApiSecret()),
                            values.get("smsSender"),
                            values.get("smsRecipients"),
                            values.get("smsTemplate"),
                            values.get("kakaoPfId"),
                            values.get("kakaoTemplateId")),
                    faces.getExternalContext().getRemoteUser()));
            FieldMessages.done(faces, Texts.say(AlertSettingsPage.class, "admin.alertSettings.saved"));
        } catch (RuleViolationException refused) {
            values.put("webhookSecret", "");
            values.put("smsApiSecret", "");
            FieldMessages.show(faces, "alerts", refused);
        }
    }

    private static String orStored(String typed, String stored) {
        return typed == null || typed.isBlank() ? stored : typed;
    }

    private void show(AlertSettings settings) {
        values.put("webhookUrl", settings.webhookUrl());
        values.put("webhookSecret", "");
        values.put("smsApiUrl", settings.smsApiUrl());
        values.put("smsApiKey", settings.smsApiKey());
        values.put("smsApiSecret", "");
        values.put("smsSender", settings.smsSender());
        values.put("smsRecipients", settings.smsRecipients());
        values.put("smsTemplate", settings.smsTemplate());
        values.put("kakaoPfId", settings.kakaoPfId());
        values.put("kakaoTemplateId", settings.kakaoTemplateId());
        webhookSecretSet = !settings.webhookSecret().isEmpty();
        smsApiSecretSet = !settings.smsApiSecret().isEmpty();
    }

    public Map<String, String> getValues() {
        return values;
    }

    public boolean isWebhookSecretSet() {
        return webhookSecretSet;
    }

    public boolean isSmsApiSecretSet() {
        return smsApiSecretSet;
    }
}
