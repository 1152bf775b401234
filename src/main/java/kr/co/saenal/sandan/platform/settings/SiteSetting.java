package kr.co.saenal.sandan.platform.settings;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import kr.co.saenal.sandan.platform.PublicContentListener;

/** One named setting of the site (company name, phone, ...), edited by administrators. */
@Entity
@EntityListeners(PublicContentListener.class)
@Table(name = "site_setting")
public class SiteSetting {

    @Id
    @Column(name = "setting_key", length = 60)
    private String key;

    @Column(name = "setting_value", nullable = false, length = 2000)
    private String value;

    protected SiteSetting() {}

    public SiteSetting(String key, String value) {
        this.key = key;
        this.value = value;
    }

    public String getKey() {
        return key;
    }

    public String getValue() {
        return value;
    }

    public void change(String newValue) {
        this.value = java.util.Objects.requireNonNull(newValue, "newValue");
    }
}
