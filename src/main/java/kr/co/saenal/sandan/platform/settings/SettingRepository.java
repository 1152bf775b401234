package kr.co.saenal.sandan.platform.settings;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The {@code site_setting} rows: the site's own settings, and groups of other parts' settings ({@code comments.*},
 * {@code inquiries.*}), read and written together.
 */
@ApplicationScoped
public class SettingRepository {

    /** A row every installation has (migration V2); locking it serialises what starting nodes do once. */
    private static final String STARTUP_LOCK = "company.name";

    @PersistenceContext
    EntityManager em;

    /** Every row whose key starts with {@code prefix} (a constant such as {@code "comments."}), keyed by the full key. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Map<String, String> withPrefix(String prefix) {
        return em.createQuery("select s.key, s.value from SiteSetting s where s.key like :prefix", Object[].class)
                .setParameter("prefix", prefix + "%")
                .getResultStream()
                .collect(Collectors.toMap(row -> (String) row[0], row -> (String) row[1]));
    }

    /**
     * Every row, keyed by its key. Read as columns, not entities: a request that also writes (a consultation request
     * owes mails that quote the settings) then has no settings to check for changes at its flush.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Map<String, String> all() {
        return em.createQuery("select s.key, s.value from SiteSetting s", Object[].class)
                .getResultStream()
                .collect(Collectors.toMap(row -> (String) row[0], row -> (String) row[1]));
    }

    /**
     * Waits until no other node is doing its once-per-installation start work (the first administrator, the demo
     * content), and keeps the others waiting until this transaction ends.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void lockForStartup() {
        em.find(SiteSetting.class, STARTUP_LOCK, LockModeType.PESSIMISTIC_WRITE);
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
