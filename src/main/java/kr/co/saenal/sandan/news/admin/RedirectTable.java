package kr.co.saenal.sandan.news.admin;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import kr.co.saenal.sandan.news.RedirectRow;
import kr.co.saenal.sandan.news.Redirects;
import kr.co.saenal.sandan.platform.KoreanTime;
import kr.co.saenal.sandan.platform.RuleViolationException;
import kr.co.saenal.sandan.platform.Texts;
import kr.co.saenal.sandan.platform.web.FieldMessages;

/**
 * /admin/news/redirects: old addresses and where they lead (a post, by its current address, or a page), with their
 * hits; added, changed and deleted here, with loops, chains and missing targets refused next to the fields.
 */
@Named
@ViewScoped
public class RedirectTable implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String FORM = "redirect";

    @Inject
    Redirects redirects;

    private List<RedirectRow> rows;
    private Long editingId;
    private String oldPath;
    private String targetPath;

    public List<RedirectRow> getRows() {
        if (rows == null) {
            rows = redirects.list();
        }
        return rows;
    }

    public void save() {
        try {
            redirects.save(editingId, oldPath, targetPath);
            FieldMessages.done(FacesContext.getCurrentInstance(), editingId == null ? text("added") : text("changed"));
            cancel();
        } catch (RuleViolationException e) {
            FieldMessages.show(FacesContext.getCurrentInstance(), FORM, e);
        }
    }

    public void edit(RedirectRow row) {
        editingId = row.id();
        oldPath = row.oldPath();
        targetPath = row.targetPath();
    }

    public void cancel() {
        editingId = null;
        oldPath = null;
        targetPath = null;
        rows = null;
    }

    public void delete(RedirectRow row) {
        redirects.delete(row.id());
        FieldMessages.done(FacesContext.getCurrentInstance(), text("deleted", row.oldPath()));
        rows = null;
    }

    public String when(java.time.Instant at) {
        return at == null ? "" : KoreanTime.compact(at);
    }

    private static String text(String key, Object... arguments) {
        return Texts.say(RedirectTable.class, "admin.redirectTable." + key, arguments);
    }

    public Long getEditingId() {
        return editingId;
    }

    public String getOldPath() {
        return oldPath;
    }

    public void setOldPath(String oldPath) {
        this.oldPath = oldPath;
    }

    public String getTargetPath() {
        return targetPath;
    }

    public void setTargetPath(String targetPath) {
        this.targetPath = targetPath;
    }
}
