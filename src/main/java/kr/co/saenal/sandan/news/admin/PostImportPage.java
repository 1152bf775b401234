package kr.co.saenal.sandan.news.admin;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import kr.co.saenal.sandan.media.ByteSizes;
import kr.co.saenal.sandan.news.CategoryDesk;
import kr.co.saenal.sandan.news.CategoryRow;
import kr.co.saenal.sandan.news.importing.ImportPreview;
import kr.co.saenal.sandan.news.importing.ImportRefusedException;
import kr.co.saenal.sandan.news.importing.ImportSummary;
import kr.co.saenal.sandan.news.importing.PostImport;
import kr.co.saenal.sandan.platform.KoreanTime;
import kr.co.saenal.sandan.platform.Texts;
import kr.co.saenal.sandan.platform.task.LongTasks;
import kr.co.saenal.sandan.platform.task.TaskFinish;
import kr.co.saenal.sandan.platform.task.TaskStart;
import org.primefaces.model.file.UploadedFile;

/**
 * /admin/news/import: an editor uploads the old site's WordPress export (WXR) or RSS 2.0 file, reads the preview
 * (posts new and imported before, the old categories and the category of ours each goes to, which the editor may
 * change, authors, pictures to fetch, comments), imports, and reads the report (pictures not fetched and why, items
 * left out). The file waits in {@link HeldImportFile} between preview and import; a refused file is refused next to
 * the upload and nothing is written.
 */
@Named
@ViewScoped
public class PostImportPage implements Serializable {

    private static final long serialVersionUID = 1L;

    static final String FILE = "upload:file";
    static final String RUN = "preview:run";

    @Inject
    PostImport imports;

    @Inject
    CategoryDesk categories;

    @Inject
    HeldImportFile held;

    @Inject
    LongTasks tasks;

    private transient UploadedFile file;
    private String ticket;
    private ImportPreview preview;
    /** The category of ours for each old category (by its slug), as the editor left the selects. */
    private final HashMap<String, Long> mapping = new HashMap<>();

    private Long fallbackCategoryId;

    private Long report;
    private ImportSummary shown;
    private List<ImportSummary> history;
    private List<CategoryRow> ours;

    /** View action: the report of an import just made ({@code ?report=ID}). */
    public void load() {
        if (report != null) {
            shown = imports.find(report).orElse(null);
        }
    }

    /** The preview of an uploaded file; the file is kept for "가져오기" when it can be imported. */
    public void upload() {
        FacesContext faces = FacesContext.getCurrentInstance();
        try {
            if (file == null || file.getFileName() == null || file.getFileName().isBlank()) {
                refuse(faces, FILE, text("noFile"));
                return;
            }
            String name = fileName(file.getFileName());
            byte[] content = content();
            ImportPreview read = imports.preview(name, content);
            putAside();
            ticket = held.hold(name, content);
            preview = read;
            mapping.clear();
            read.categories().forEach(c -> mapping.put(c.category().slug(), c.suggestedId()));
            fallbackCategoryId =
                    getCategories().isEmpty() ? null : getCategories().get(0).id();
            shown = null;
        } catch (ImportRefusedException e) {
            putAside();
            refuse(faces, FILE, e.text());
        } finally {
            file = null;
        }
    }

    /**
     * Imports the previewed file with the categories as mapped; then the report (reloading imports nothing twice).
     * An import that takes longer than a second goes on beside the request: the editor watches its progress on the
     * task's page, which leads to the same report.
     */
    public String run() {
        FacesContext faces = FacesContext.getCurrentInstance();
        Optional<HeldImportFile.Held> kept = held.get(ticket);
        if (kept.isEmpty() || preview == null) {
            putAside();
            refuse(faces, FILE, text("fileGone"));
            return null;
        }
        String fileName = kept.get().fileName();
        byte[] content = kept.get().content();
        Map<String, Long> categories = Map.copyOf(withoutNulls(mapping));
        Long fallback = fallbackCategoryId;
        String user = faces.getExternalContext().getUserPrincipal().getName();
        try {
            imports.refuseUnknownCategories(categories, fallback);
            LongTasks.Started<ImportSummary> started = tasks.start(
                    new TaskStart(text("taskLabel", fileName), user, "/admin/news/import"),
                    progress -> imports.run(fileName, content, categories, fallback, user, progress),
                    done -> new TaskFinish(reportOf(done), null));
            putAside();
            return LongTasks.redirectTo(started, PostImportPage::reportOf);
        } catch (ImportRefusedException e) {
            refuse(faces, RUN, e.text());
            return null;
        }
    }

    private static String reportOf(ImportSummary done) {
        return "/admin/news/import?report=" + done.id();
    }

    public void cancel() {
        putAside();
        faces().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text("cancelled"), null));
    }

    // --- what the page shows ---

    public ImportPreview getPreview() {
        return preview;
    }

    public ImportSummary getShown() {
        return shown;
    }

    public List<ImportSummary> getHistory() {
        if (history == null) {
            history = imports.history(20);
        }
        return history;
    }

    public List<CategoryRow> getCategories() {
        if (ours == null) {
            ours = categories.list();
        }
        return ours;
    }

    public Map<String, Long> getMapping() {
        return mapping;
    }

    public Long getFallbackCategoryId() {
        return fallbackCategoryId;
    }

    public void setFallbackCategoryId(Long fallbackCategoryId) {
        this.fallbackCategoryId = fallbackCategoryId;
    }

    public String when(ImportSummary summary) {
        return KoreanTime.dateTime(summary.importedAt());
    }

    public String size(long bytes) {
        return ByteSizes.text(bytes);
    }

    public String getMaxSizeText() {
        return imports.settings().maxSizeText();
    }

    public UploadedFile getFile() {
        return file;
    }

    public void setFile(UploadedFile file) {
        this.file = file;
    }

    public Long getReport() {
        return report;
    }

    public void setReport(Long report) {
        this.report = report;
    }

    // --- helpers ---

    private void putAside() {
        held.release(ticket);
        ticket = null;
        preview = null;
        mapping.clear();
    }

    private byte[] content() {
        try {
            // never more than the limit plus one byte: the import says the file is too large
            return file.getInputStream().readNBytes((int)
                    Math.min(Integer.MAX_VALUE - 8, imports.settings().maxBytes() + 1));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Map<String, Long> withoutNulls(Map<String, Long> map) {
        Map<String, Long> copy = new HashMap<>();
        map.forEach((k, v) -> {
            if (k != null && v != null) {
                copy.put(k, v);
            }
        });
        return copy;
    }

    /** The name as uploaded without any folder, at most 200 characters (its end kept). */
    static String fileName(String uploaded) {
        String name = uploaded.substring(Math.max(uploaded.lastIndexOf('/'), uploaded.lastIndexOf('\\')) + 1)
                .replaceAll("\\p{Cntrl}", "")
                .strip();
        if (name.isEmpty()) {
            name = "export.xml";
        }
        return name.length() <= 200 ? name : name.substring(name.length() - 200);
    }

    private static void refuse(FacesContext faces, String clientId, String message) {
        faces.addMessage(clientId, new FacesMessage(FacesMessage.SEVERITY_ERROR, message, null));
        faces.validationFailed();
    }

    private static FacesContext faces() {
        return FacesContext.getCurrentInstance();
    }

    private static String text(String key, Object... arguments) {
        return Texts.say(PostImportPage.class, "admin.postImportPage." + key, arguments);
    }
}
