package kr.co.saenal.sandan.complex.admin;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import kr.co.saenal.sandan.complex.ComplexKey;
import kr.co.saenal.sandan.complex.ImportRecord;
import kr.co.saenal.sandan.complex.WorkbookKind;
import kr.co.saenal.sandan.complex.importing.AppliedImport;
import kr.co.saenal.sandan.complex.importing.ComplexImport;
import kr.co.saenal.sandan.complex.importing.FieldChange;
import kr.co.saenal.sandan.complex.importing.ImportPreview;
import kr.co.saenal.sandan.complex.importing.ImportRefusedException;
import kr.co.saenal.sandan.complex.importing.ManualMatch;
import kr.co.saenal.sandan.complex.importing.PreviewRow;
import kr.co.saenal.sandan.complex.importing.UndoneImport;
import kr.co.saenal.sandan.complex.importing.WorkbookLimits;
import kr.co.saenal.sandan.complex.importing.WorkbookRefusedException;
import kr.co.saenal.sandan.platform.KoreanTime;
import kr.co.saenal.sandan.platform.Refusal;
import kr.co.saenal.sandan.platform.Texts;
import kr.co.saenal.sandan.platform.task.LongTasks;
import kr.co.saenal.sandan.platform.task.TaskFinish;
import kr.co.saenal.sandan.platform.task.TaskStart;
import kr.co.saenal.sandan.platform.web.FieldMessages;
import kr.co.saenal.sandan.platform.web.FieldState;
import org.primefaces.model.file.UploadedFile;

/**
 * /admin/complexes/import: an editor uploads one of KICOX's workbooks and reads its dry run (kind, quarter, complexes
 * new, changed with their figures before and after, missing; rows left out with sheet, row, column and value; short
 * names no complex is mapped to), matches a renamed complex by hand (a "new" row is one of the "missing" complexes),
 * and applies it; the history of imports, and the newest one undone after a confirmation.
 *
 * <p>The file is read once per dry run from {@link HeldWorkbook}, where the upload waits (one per session) until it
 * is applied or put aside; this page keeps only its ticket. A file refused is refused next to the upload and changes
 * nothing; applying after someone else imported or undid since the dry run is refused (the dry run is stale).
 */
@Named
@ViewScoped
public class ComplexImportPage implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Where refusals of a file are shown: next to the file field. */
    static final String FILE = "upload:file";
    /** Where refusals of applying are shown: next to the button. */
    static final String APPLY = "preview:apply";
    /** Where refusals of matches by hand are shown: next to the button that runs the dry run again. */
    static final String MATCH = "preview:rematch";
    /** Where refusals of an undo are shown. */
    static final String UNDO = "history:undo";

    static final String PAGE = "/admin/complexes/import";

    /** Set by {@link WorkbookUploadSizeFilter} when it refused a form too large to read. */
    static final String TOO_LARGE = "too-large";

    @Inject
    ComplexImport imports;

    @Inject
    WorkbookLimits limits;

    @Inject
    HeldWorkbook held;

    @Inject
    LongTasks tasks;

    @Inject
    FieldState fieldState;

    private transient UploadedFile file;
    private String refused;

    private String ticket;
    private ImportPreview preview;
    /** Rows of the workbook matched by hand to a complex Sandan knows (in the order the editor made them). */
    private final LinkedHashMap<ComplexKey, Long> matches = new LinkedHashMap<>();
    /** What the editor picked in the "new" rows' selects, by row key (text), not yet run. */
    private final HashMap<String, Long> picks = new HashMap<>();

    private boolean stale;

    private List<ImportRecord> history;
    private boolean confirmingUndo;

    /** View action on the first request. */
    public void load() {
        history = imports.history();
        if (TOO_LARGE.equals(refused)) {
            refuseFile(FacesContext.getCurrentInstance(), text("tooLarge", limits.maxSizeText()));
        }
    }

    /** The dry run of an uploaded workbook; the file is kept for "적용" when it can be imported. */
    public void upload() {
        FacesContext faces = FacesContext.getCurrentInstance();
        try {
            if (file == null || file.getFileName() == null || file.getFileName().isBlank()) {
                refuseFile(faces, text("noFile"));
                return;
            }
            String name = fileName(file.getFileName());
            byte[] content = content();
            ImportPreview shown = imports.preview(name, content);
            putAside();
            ticket = held.hold(name, content);
            preview = shown;
        } catch (WorkbookRefusedException | ImportRefusedException e) {
            putAside();
            refuseFile(faces, e);
        } finally {
            file = null;
            confirmingUndo = false;
            history = imports.history();
        }
    }

    /** The dry run again with the kept file: with the matches picked, or after it went stale. */
    public void rerun() {
        FacesContext faces = FacesContext.getCurrentInstance();
        Optional<HeldWorkbook.Held> kept = held.get(ticket);
        if (kept.isEmpty()) {
            gone(faces);
            return;
        }
        LinkedHashMap<ComplexKey, Long> wanted = new LinkedHashMap<>(matches);
        if (preview != null) {
            for (PreviewRow row : preview.added()) {
                Long complexId = picks.get(row.key() == null ? null : row.key().toString());
                if (complexId != null) {
                    wanted.put(row.key(), complexId);
                }
            }
        }
        try {
            preview = imports.preview(kept.get().fileName(), kept.get().content(), manualMatches(wanted));
            matches.clear();
            matches.putAll(wanted);
            picks.clear();
            stale = false;
        } catch (ImportRefusedException e) {
            refuse(faces, MATCH, e.text());
        } catch (WorkbookRefusedException e) {
            putAside();
            refuseFile(faces, e);
        } finally {
            confirmingUndo = false;
            history = imports.history();
        }
    }

    /** Takes back a match made by hand: the row is a new complex again, the complex missing. */
    public void unmatch(PreviewRow row) {
        if (matches.remove(row.key()) != null) {
            rerun();
        }
    }

    /**
     * Imports the workbook of the dry run; back to the page (reloading it cannot import twice). One that takes longer
     * than a second goes on beside the request: the editor watches its progress on the task's page, which comes back
     * here with the same message.
     */
    public String apply() {
        FacesContext faces = FacesContext.getCurrentInstance();
        Optional<HeldWorkbook.Held> kept = held.get(ticket);
        if (kept.isEmpty() || preview == null) {
            gone(faces);
            return null;
        }
        String fileName = kept.get().fileName();
        byte[] content = kept.get().content();
        List<ManualMatch> matched = manualMatches(matches);
        String user = user(faces);
        ImportPreview previewed = preview;
        try {
            imports.refuseIfStale(previewed);
            LongTasks.Started<AppliedImport> started = tasks.start(
                    new TaskStart(text("taskLabel", fileName), user, PAGE),
                    progress -> imports.applyPreviewed(fileName, content, matched, user, previewed, progress),
                    done -> new TaskFinish(PAGE, appliedMessage(done)));
            putAside();
            if (started instanceof LongTasks.Started.Done<AppliedImport> done) {
                FieldMessages.doneAfterRedirect(faces, appliedMessage(done.value()));
            }
            return LongTasks.redirectTo(started, done -> PAGE);
        } catch (ImportRefusedException e) {
            stale = e.reason() == ImportRefusedException.Reason.CHANGED_MEANWHILE;
            refuse(faces, APPLY, e.text());
            history = imports.history();
            return null;
        } catch (WorkbookRefusedException e) {
            putAside();
            refuseFile(faces, e);
            return null;
        }
    }

    private static String appliedMessage(AppliedImport done) {
        ImportRecord imported = done.imported();
        return text(
                "applied",
                imported.kind().label(),
                imported.quarter().label(),
                imported.fileName(),
                done.complexesCreated(),
                done.shortNamesAdded());
    }

    /** Puts the dry run and its file aside; nothing was imported. */
    public void cancel() {
        putAside();
        confirmingUndo = false;
        FieldMessages.done(FacesContext.getCurrentInstance(), text("cancelled"));
    }

    public void askToUndo() {
        history = imports.history();
        confirmingUndo = !history.isEmpty();
    }

    public void cancelUndo() {
        confirmingUndo = false;
    }

    /** Takes the newest import back; back to the page (reloading it cannot undo twice). */
    public String undo() {
        FacesContext faces = FacesContext.getCurrentInstance();
        confirmingUndo = false;
        try {
            UndoneImport undone = imports.undoLast(user(faces));
            putAside(); // its dry run was made before the undo: stale now
            ImportRecord record = undone.undone();
            String message =
                    text("undone", record.kind().label(), record.quarter().label(), record.fileName());
            if (undone.restored() != null) {
                message += " " + text("restored", undone.restored().fileName());
            }
            FieldMessages.doneAfterRedirect(faces, message);
            return "/admin/complexes/import?faces-redirect=true";
        } catch (ImportRefusedException e) {
            refuse(faces, UNDO, e.text());
            history = imports.history();
            return null;
        }
    }

    // --- what the page shows ---

    public ImportPreview getPreview() {
        return preview;
    }

    public boolean isStatistics() {
        return preview != null && preview.kind() == WorkbookKind.STATISTICS;
    }

    /** Whether a "new" row may be matched by hand: statistics with complexes missing. */
    public boolean isMatching() {
        return isStatistics() && !preview.missing().isEmpty();
    }

    public List<PreviewRow> getMatched() {
        if (preview == null) {
            return List.of();
        }
        return preview.changed().stream()
                .filter(row -> matches.containsKey(row.key()))
                .toList();
    }

    /** Whether the last try to apply was refused because another import or undo came after the dry run. */
    public boolean isStale() {
        return stale;
    }

    public Map<String, Long> getPicks() {
        return picks;
    }

    /**
     * {@code "true"} for the select of a row whose pick was just refused (the refusal is shown beside the button
     * that ran the dry run), so that it says it is invalid and takes the focus; else null.
     */
    public String pickRefused(PreviewRow row) {
        return picks.get(keyOf(row)) == null ? null : fieldState.invalid(MATCH);
    }

    /** The text key of a row, for the select picking the complex it is. */
    public String keyOf(PreviewRow row) {
        return row.key() == null ? "" : row.key().toString();
    }

    /** A missing complex as the select of a "new" row offers it. */
    public String missingLabel(PreviewRow row) {
        return text(
                "missingOption",
                row.name(),
                row.key() == null ? "" : row.key().sido().label(),
                row.sigun() == null ? "" : row.sigun());
    }

    /** 유형 · 시도 시군 of a row of the statistics workbook (nothing for a short name). */
    public String where(PreviewRow row) {
        if (row.key() == null) {
            return "";
        }
        return text("where", row.key().type().label(), row.key().sido().label(), row.sigun());
    }

    /** "지정면적 1,234.5천㎡ → 1,240천㎡". */
    public String change(FieldChange change) {
        return text(
                "change",
                change.label(),
                Values.text(preview.kind(), change.field(), change.before()),
                Values.text(preview.kind(), change.field(), change.after()));
    }

    public String number(long value) {
        return Values.number(value);
    }

    public String size(long bytes) {
        return Values.size(bytes);
    }

    public List<ImportRecord> getHistory() {
        if (history == null) {
            history = imports.history();
        }
        return history;
    }

    /** The import an undo takes back: the newest. */
    public ImportRecord getLast() {
        return getHistory().isEmpty() ? null : getHistory().get(0);
    }

    public String importedAt(ImportRecord record) {
        return KoreanTime.dateTime(record.importedAt());
    }

    public boolean isConfirmingUndo() {
        return confirmingUndo;
    }

    public String getMaxSizeText() {
        return limits.maxSizeText();
    }

    public UploadedFile getFile() {
        return file;
    }

    public void setFile(UploadedFile file) {
        this.file = file;
    }

    public String getRefused() {
        return refused;
    }

    public void setRefused(String refused) {
        this.refused = refused;
    }

    // --- helpers ---

    private void putAside() {
        held.release(ticket);
        ticket = null;
        preview = null;
        matches.clear();
        picks.clear();
        stale = false;
    }

    private void gone(FacesContext faces) {
        putAside();
        refuseFile(faces, text("fileGone"));
    }

    private byte[] content() {
        try {
            // never more than the limit plus one byte, whatever the part holds: the import says it is too large
            return file.getInputStream().readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limits.maxBytes() + 1));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The name as uploaded without any folder an old browser sends, at most 200 characters (its end kept). */
    static String fileName(String uploaded) {
        String name = uploaded.substring(Math.max(uploaded.lastIndexOf('/'), uploaded.lastIndexOf('\\')) + 1);
        name = ComplexKey.cleanText(name).replaceAll("\\p{Cntrl}", "");
        if (name.isEmpty()) {
            name = "workbook.xlsx";
        }
        return name.length() <= 200 ? name : name.substring(name.length() - 200);
    }

    private static List<ManualMatch> manualMatches(Map<ComplexKey, Long> matches) {
        List<ManualMatch> list = new ArrayList<>();
        matches.forEach((key, complexId) -> list.add(new ManualMatch(key, complexId)));
        return list;
    }

    private static String user(FacesContext faces) {
        return faces.getExternalContext().getUserPrincipal().getName();
    }

    private static void refuseFile(FacesContext faces, Refusal refusal) {
        refuseFile(faces, refusal.text());
    }

    private static void refuseFile(FacesContext faces, String message) {
        refuse(faces, FILE, message + " " + text("nothingChanged"));
    }

    private static void refuse(FacesContext faces, String clientId, String message) {
        faces.addMessage(clientId, new FacesMessage(FacesMessage.SEVERITY_ERROR, message, null));
        faces.validationFailed();
    }

    static String text(String key, Object... arguments) {
        return Texts.say(ComplexImportPage.class, "admin.importPage." + key, arguments);
    }
}
