package kr.co.saenal.sandan.news;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** The queries on redirects. */
@ApplicationScoped
public class RedirectRepository {

    private static final String ROW = "select new kr.co.saenal.sandan.news.RedirectRow(r.id, r.oldPath, r.postId, "
            + "p.title, p.slug, r.targetPath, r.origin, r.hits, r.lastHitAt, r.changedAt) "
            + "from Redirect r left join NewsPost p on p.id = r.postId ";

    @PersistenceContext
    EntityManager em;

    /** Every redirect, newest change first (the back office's table). */
    public List<RedirectRow> rows() {
        return em.createQuery(ROW + "order by r.changedAt desc, r.id desc", RedirectRow.class)
                .getResultList();
    }

    /** Every redirect with where it leads now, in one statement (what every node keeps in memory). */
    public List<RedirectRow> all() {
        return em.createQuery(ROW, RedirectRow.class).getResultList();
    }

    /** Changes whenever a redirect is added, changed or removed: the count and the newest change. */
    public String stamp() {
        Object[] row = em.createQuery("select count(r), max(r.changedAt) from Redirect r", Object[].class)
                .getSingleResult();
        return row[0] + "/" + row[1];
    }

    public Optional<Redirect> find(long id) {
        return Optional.ofNullable(em.find(Redirect.class, id));
    }

    public Optional<Redirect> byOldPath(String oldPath) {
        return em.createQuery("select r from Redirect r where r.oldPath = :path", Redirect.class)
                .setParameter("path", oldPath)
                .getResultStream()
                .findFirst();
    }

    /** Whether some redirect leads to this path (stored as a path, not a post). */
    public boolean leadsTo(String targetPath, Long exceptId) {
        return em.createQuery(
                                "select count(r) from Redirect r where r.targetPath = :path and (:except is null or r.id <> :except)",
                                Long.class)
                        .setParameter("path", targetPath)
                        .setParameter("except", exceptId)
                        .getSingleResult()
                > 0;
    }

    /** The old addresses among {@code oldPaths} that already redirect somewhere. */
    public List<String> taken(Collection<String> oldPaths) {
        return oldPaths.isEmpty()
                ? List.of()
                : em.createQuery("select r.oldPath from Redirect r where r.oldPath in :paths", String.class)
                        .setParameter("paths", oldPaths)
                        .getResultList();
    }

    public void add(Redirect redirect) {
        em.persist(redirect);
    }

    public void remove(Redirect redirect) {
        em.remove(redirect);
    }

    /** Adds hits counted in memory; one update, whatever their number. */
    public void addHits(long id, long hits, Instant lastHitAt) {
        em.createQuery("update Redirect r set r.hits = r.hits + :hits, r.lastHitAt = :at where r.id = :id")
                .setParameter("hits", hits)
                .setParameter("at", lastHitAt)
                .setParameter("id", id)
                .executeUpdate();
    }

    public void flush() {
        em.flush();
    }
}
