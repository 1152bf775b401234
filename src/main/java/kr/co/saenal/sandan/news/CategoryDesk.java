package kr.co.saenal.sandan.news;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import kr.co.saenal.sandan.platform.FieldError;
import kr.co.saenal.sandan.platform.RuleViolationException;

/** Editors keep the sections of the news: add, rename, reorder, and delete the empty ones. */
@ApplicationScoped
@Transactional
public class CategoryDesk {

    static final int MAX_NAME_LENGTH = 30;

    @PersistenceContext
    EntityManager em;

    public List<CategoryRow> list() {
        return em.createQuery("select new kr.co.saenal.sandan.news.CategoryRow(c.id, c.slug, c.name, c.position, "
                + "(select count(p) from NewsPost p where p.category = c)) from Category c order by c.position, c.id",
                CategoryRow.class).getResultList();
    }

    /**
     * Adds ({@code id == null}) or renames a category.
     *
     * @throws RuleViolationException naming the field at fault; nothing changes then
     */
    public long save(Long id, String name, String slug) {
        String cleanName = name == null ? "" : name.strip();
        String cleanSlug = slug == null ? "" : slug.strip().toLowerCase(Locale.ROOT);
        List<FieldError> errors = new ArrayList<>();
        if (cleanName.isEmpty()) {
            errors.add(new FieldError("name", "분류 이름을 입력해 주세요."));
        } else if (cleanName.length() > MAX_NAME_LENGTH) {
            errors.add(new FieldError("name", "분류 이름은 " + MAX_NAME_LENGTH + "자 이내로 입력해 주세요."));
        }
        if (!cleanSlug.matches("[a-z0-9]+(-[a-z0-9]+)*") || cleanSlug.length() > 60) {
            errors.add(new FieldError("slug", "주소는 영문 소문자, 숫자, 하이픈(-)으로 60자 이내로 입력해 주세요. 예: smart-complex"));
        } else if (!em.createQuery("select c.id from Category c where c.slug = :slug and (:id is null or c.id <> :id)",
                Long.class).setParameter("slug", cleanSlug).setParameter("id", id).getResultList().isEmpty()) {
            errors.add(new FieldError("slug", "이미 다른 분류가 쓰는 주소입니다."));
        }
        if (!errors.isEmpty()) {
            throw new RuleViolationException(errors);
        }
        if (id == null) {
            Integer last = em.createQuery("select max(c.position) from Category c", Integer.class).getSingleResult();
            Category category = new Category(cleanSlug, cleanName, last == null ? 1 : last + 1);
            em.persist(category);
            em.flush();
            return category.getId();
        }
        find(id).rename(cleanName, cleanSlug);
        return id;
    }

    /** Swaps the category with its neighbour above ({@code up}) or below. */
    public void move(long id, boolean up) {
        List<Category> ordered = em.createQuery("select c from Category c order by c.position, c.id", Category.class)
                .getResultList();
        int index = ordered.indexOf(find(id));
        int other = up ? index - 1 : index + 1;
        if (other < 0 || other >= ordered.size()) {
            return;
        }
        Category moved = ordered.remove(index);
        ordered.add(other, moved);
        for (int i = 0; i < ordered.size(); i++) {
            ordered.get(i).moveTo(i + 1);
        }
    }

    /** Deletes a category that no post is filed under. */
    public void delete(long id) {
        Category category = find(id);
        long posts = em.createQuery("select count(p) from NewsPost p where p.category = :c", Long.class)
                .setParameter("c", category).getSingleResult();
        if (posts > 0) {
            throw new RuleViolationException(List.of(new FieldError("delete",
                    "‘" + category.getName() + "’ 분류에 글이 " + posts + "개 있어 삭제할 수 없습니다. 글을 다른 분류로 옮긴 뒤 삭제해 주세요.")));
        }
        em.remove(category);
    }

    private Category find(long id) {
        Category category = em.find(Category.class, id);
        if (category == null) {
            throw new RuleViolationException(List.of(new FieldError("delete", "이미 삭제된 분류입니다.")));
        }
        return category;
    }
}
