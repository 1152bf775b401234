package kr.co.saenal.sandan.news;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import kr.co.saenal.sandan.platform.FieldError;
import kr.co.saenal.sandan.platform.RuleViolationException;
import kr.co.saenal.sandan.platform.Texts;

/** Editors keep the sections of the news: add, rename, reorder, and delete the empty ones. */
@ApplicationScoped
@Transactional
public class CategoryDesk {

    static final int MAX_NAME_LENGTH = 30;

    @Inject
    CategoryRepository categories;

    @Inject
    NewsRepository posts;

    public List<CategoryRow> list() {
        return categories.rows();
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
            errors.add(new FieldError("name", text("name.required")));
        } else if (cleanName.length() > MAX_NAME_LENGTH) {
            errors.add(new FieldError("name", text("name.tooLong", MAX_NAME_LENGTH)));
        }
        if (!cleanSlug.matches("[a-z0-9]+(-[a-z0-9]+)*") || cleanSlug.length() > 60) {
            errors.add(new FieldError("slug", text("slug.invalid")));
        } else if (categories.slugTaken(cleanSlug, id)) {
            errors.add(new FieldError("slug", text("slug.taken")));
        }
        if (!errors.isEmpty()) {
            throw new RuleViolationException(errors);
        }
        if (id == null) {
            Category category = new Category(cleanSlug, cleanName, categories.nextPosition());
            categories.add(category);
            return category.getId();
        }
        find(id).rename(cleanName, cleanSlug);
        return id;
    }

    /** Swaps the category with its neighbour above ({@code up}) or below. */
    public void move(long id, boolean up) {
        List<Category> ordered = new ArrayList<>(categories.inOrder());
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
        long filed = posts.countIn(category);
        if (filed > 0) {
            throw new RuleViolationException(
                    List.of(new FieldError("delete", text("notEmpty", category.getName(), filed))));
        }
        categories.remove(category);
    }

    /** A refusal in the language of the request being served. */
    private static String text(String key, Object... arguments) {
        return Texts.say(CategoryDesk.class, "categoryDesk." + key, arguments);
    }

    private Category find(long id) {
        return categories
                .find(id)
                .orElseThrow(() -> new RuleViolationException(List.of(new FieldError("delete", text("gone")))));
    }
}
