package kr.co.saenal.sandan.site;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.Map;
import java.util.stream.Collectors;

@ApplicationScoped
public class SiteSettingsService {

    @PersistenceContext
    EntityManager em;

    @Transactional(Transactional.TxType.SUPPORTS)
    public SiteSettings current() {
        Map<String, String> values = em.createQuery("select s from SiteSetting s", SiteSetting.class)
                .getResultStream()
                .collect(Collectors.toMap(SiteSetting::getKey, SiteSetting::getValue));
        return SiteSettings.from(values);
    }
}
