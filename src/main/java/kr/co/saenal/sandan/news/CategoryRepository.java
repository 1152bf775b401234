package kr.co.saenal.sandan.news;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The queries on the sections of the news. */
@ApplicationScoped
public class CategoryRepository {

    @PersistenceContext
    EntityManager em;

    /** The menu: every category in its order, with the number of posts readers can see in it. */
    public List<CategoryView> menu(Instant now) {
        return em.createQuery(
                        "select new kr.co.saenal.sandan.news.CategoryView(c.slug, c.name, "
                                + "(select count(p) from NewsPost p where p.category = c and " + NewsRepository.VISIBLE
                                + ")) "
                                + "from Category c order by c.position, c.name",
                        CategoryView.class)
                .setParameter("now", now)
                .getResultList();
    }

    /** The editors' list: every category in its order, with the number of posts in it whatever their state. */
    public List<CategoryRow> rows() {
        return em.createQuery(
                        "select new kr.co.saenal.sandan.news.CategoryRow(c.id, c.slug, c.name, c.position, "
                                + "(select count(p) from NewsPost p where p.category = c)) from Category c order by c.position, c.id",
                        CategoryRow.class)
                .getResultList();
    }

    public Optional<Category> find(long id) {
        return Optional.ofNullable(em.find(Category.class, id));
    }

    public Optional<Category> bySlug(String slug) {
        return em.createQuery("select c from Category c where c.slug = :slug", Category.class)
                .setParameter("slug", slug)
                .getResultStream()
                .findFirst();
    }

    /** Whether a category other than {@code exceptId} (which may be {@code null}) uses the slug. */
    public boolean slugTaken(String slug, Long exceptId) {
        return !em.createQuery(
                        "select c.id from Category c where c.slug = :slug and (:id is null or c.id <> :id)", Long.class)
                .setParameter("slug", slug)
                .setParameter("id", exceptId)
                .getResultList()
                .isEmpty();
    }

    /** The place after the last category. */
    public int nextPosition() {
        Integer last = em.createQuery("select max(c.position) from Category c", Integer.class)
                .getSingleResult();
        return last == null ? 1 : last + 1;
    }

    public List<Category> inOrder() {
        return em.createQuery("select c from Category c order by c.position, c.id", Category.class)
                .getResultList();
    }

    public long count() {
        return em.createQuery("select count(c) from Category c", Long.class).getSingleResult();
    }

    /** Stores a new category and gives it its id. */
    public void add(Category category) {
        em.persist(category);
        em.flush();
    }

    public void remove(Category category) {
        em.remove(category);
    }
}
