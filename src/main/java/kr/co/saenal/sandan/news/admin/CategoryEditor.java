package kr.co.saenal.sandan.news.admin;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import kr.co.saenal.sandan.news.CategoryDesk;
import kr.co.saenal.sandan.news.CategoryRow;
import kr.co.saenal.sandan.platform.RuleViolationException;
import kr.co.saenal.sandan.platform.Texts;
import kr.co.saenal.sandan.platform.web.FieldMessages;

/** /admin/news/categories: the sections of the news, in menu order. */
@Named
@ViewScoped
public class CategoryEditor implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String FORM = "category";

    @Inject
    CategoryDesk desk;

    private List<CategoryRow> rows;
    private Long editingId;
    private String name;
    private String slug;

    public List<CategoryRow> getRows() {
        if (rows == null) {
            rows = desk.list();
        }
        return rows;
    }

    public void save() {
        try {
            desk.save(editingId, name, slug);
            FieldMessages.done(
                    FacesContext.getCurrentInstance(),
                    editingId == null ? text("added", name.strip()) : text("changed"));
            cancel();
        } catch (RuleViolationException e) {
            FieldMessages.show(FacesContext.getCurrentInstance(), FORM, e);
        }
    }

    public void edit(CategoryRow row) {
        editingId = row.id();
        name = row.name();
        slug = row.slug();
    }

    public void cancel() {
        editingId = null;
        name = null;
        slug = null;
        rows = null;
    }

    public void move(CategoryRow row, boolean up) {
        desk.move(row.id(), up);
        rows = null;
    }

    public void delete(CategoryRow row) {
        try {
            desk.delete(row.id());
            FieldMessages.done(FacesContext.getCurrentInstance(), text("deleted", row.name()));
            rows = null;
        } catch (RuleViolationException e) {
            FieldMessages.show(FacesContext.getCurrentInstance(), "categories", e);
        }
    }

    private static String text(String key, Object... arguments) {
        return Texts.say(CategoryEditor.class, "admin.categoryEditor." + key, arguments);
    }

    public Long getEditingId() {
        return editingId;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getSlug() {
        return slug;
    }

    public void setSlug(String slug) {
        this.slug = slug;
    }
}
