package kr.co.saenal.sandan.site;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.Map;
import java.util.stream.Collectors;

/** The {@code site_setting} rows of one group ({@code comments.*}, {@code inquiries.*}), read and written together. */
@ApplicationScoped
public class SettingRows {

    @PersistenceContext
    EntityManager em;

    /** Every row whose key starts with {@code prefix} (a constant such as {@code "comments."}), keyed by the full key. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Map<String, String> withPrefix(String prefix) {
        return em.createQuery("select s from SiteSetting s where s.key like :prefix", SiteSetting.class)
                .setParameter("prefix", prefix + "%")
                .getResultStream()
                .collect(Collectors.toMap(SiteSetting::getKey, SiteSetting::getValue));
    }

    /** A whole number from a row, or {@code fallback} when the row is missing or not a number. */
    public static int number(Map<String, String> rows, String key, int fallback) {
        String value = rows.get(key);
        try {
            return value == null ? fallback : Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            return fallback;
        }
    }

    /** Writes every value, adding the rows that are missing; all or nothing. */
    @Transactional
    public void put(Map<String, String> values) {
        values.forEach((key, value) -> {
            SiteSetting row = em.find(SiteSetting.class, key);
            if (row == null) {
                em.persist(new SiteSetting(key, value));
            } else {
                row.change(value);
            }
        });
    }
}
