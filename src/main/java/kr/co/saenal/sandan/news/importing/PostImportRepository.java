package kr.co.saenal.sandan.news.importing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** The queries of imports: what was imported before, and the imports themselves. */
@ApplicationScoped
public class PostImportRepository {

    private static final int CHUNK = 500;

    @PersistenceContext
    EntityManager em;

    /** The keys among {@code keys} an earlier import remembers. */
    public Set<String> known(Collection<String> keys) {
        Set<String> known = new HashSet<>();
        List<String> all = new ArrayList<>(keys);
        for (int from = 0; from < all.size(); from += CHUNK) {
            known.addAll(em.createQuery(
                            "select s.sourceKey from ImportedSource s where s.sourceKey in :keys", String.class)
                    .setParameter("keys", all.subList(from, Math.min(all.size(), from + CHUNK)))
                    .getResultList());
        }
        return known;
    }

    public List<PostImportRun> latest(int limit) {
        return em.createQuery(
                        "select r from PostImportRun r order by r.importedAt desc, r.id desc", PostImportRun.class)
                .setMaxResults(limit)
                .getResultList();
    }

    public Optional<PostImportRun> find(long id) {
        return Optional.ofNullable(em.find(PostImportRun.class, id));
    }

    public void add(PostImportRun run) {
        em.persist(run);
    }

    public void add(ImportedSource source) {
        em.persist(source);
    }

    public void flush() {
        em.flush();
    }
}
