package kr.co.saenal.sandan.news.admin;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import kr.co.saenal.sandan.news.AttachmentLimits;
import kr.co.saenal.sandan.news.AttachmentRefusedException;
import kr.co.saenal.sandan.news.AttachmentRow;
import kr.co.saenal.sandan.news.PostAttachments;
import kr.co.saenal.sandan.news.PostAttachments.CheckedUpload;
import kr.co.saenal.sandan.platform.FieldError;
import kr.co.saenal.sandan.platform.RuleViolationException;
import kr.co.saenal.sandan.platform.Texts;
import org.primefaces.model.file.UploadedFile;
import org.primefaces.model.file.UploadedFiles;

/**
 * The post editor's 첨부파일 box (admin/news/edit-attachments.xhtml): files chosen in it are checked when the post
 * is saved, before anything is stored ({@link #saving}: one refused file refuses the save, with the reason beside
 * the field, and nothing is written); the post's files are removed and reordered at once, each a new revision of
 * the post whose version the editor's form then carries, so that its next save is not taken for someone else's.
 */
@Named
@ViewScoped
public class PostAttachmentsBox implements Serializable {

    private static final long serialVersionUID = 1L;
    /** The file field's id in the editor's form. */
    static final String FIELD = "attachmentFiles";
    /** What {@code AttachmentUploadSizeFilter} adds to the editor's address when it refuses a form. */
    static final String TOO_LARGE = "attachment-too-large";

    @Inject
    PostAttachments attachments;

    @Inject
    AttachmentLimits limits;

    @Inject
    PostEditor editor;

    private transient UploadedFiles chosen;
    private List<AttachmentRow> files;
    private String notice;

    /**
     * Checks the chosen files, runs {@code savePost} (which returns the post's id), then stores the files with the
     * post: a refused file stops everything before the post is saved.
     */
    long saving(String editorName, Supplier<Long> savePost) {
        List<CheckedUpload> checked = new ArrayList<>();
        try {
            for (UploadedFile file : chosenFiles()) {
                try (InputStream content = file.getInputStream()) {
                    checked.add(attachments.check(file.getFileName(), content));
                } catch (AttachmentRefusedException e) {
                    throw new RuleViolationException(List.of(new FieldError(FIELD, e.text())));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
            long postId;
            try {
                postId = savePost.get();
            } catch (RuleViolationException e) {
                if (checked.isEmpty()) {
                    throw e;
                }
                List<FieldError> errors = new ArrayList<>(e.errors());
                errors.add(new FieldError(FIELD, text("notStored")));
                throw new RuleViolationException(errors);
            }
            try {
                attachments.attach(postId, checked, editorName);
            } catch (AttachmentRefusedException e) {
                throw new RuleViolationException(List.of(new FieldError(FIELD, e.text())));
            }
            files = null;
            return postId;
        } finally {
            checked.forEach(CheckedUpload::close);
            chosen = null;
        }
    }

    private List<UploadedFile> chosenFiles() {
        if (chosen == null || chosen.getFiles() == null) {
            return List.of();
        }
        return chosen.getFiles().stream()
                .filter(file -> file.getSize() > 0 || !file.getFileName().isBlank())
                .toList();
    }

    public void remove(long attachmentId) {
        String name = nameOf(attachmentId);
        done(attachments.remove(attachmentId), text("removed", name));
    }

    public void moveUp(long attachmentId) {
        done(attachments.move(attachmentId, -1), text("moved", nameOf(attachmentId)));
    }

    public void moveDown(long attachmentId) {
        done(attachments.move(attachmentId, 1), text("moved", nameOf(attachmentId)));
    }

    private void done(Optional<Long> version, String message) {
        files = null;
        if (version.isEmpty()) {
            notice = text("gone");
            return;
        }
        editor.getDraft().setLoadedVersion(version.get());
        notice = message;
    }

    private String nameOf(long attachmentId) {
        return getFiles().stream()
                .filter(row -> row.id() == attachmentId)
                .map(AttachmentRow::fileName)
                .findFirst()
                .orElse("");
    }

    /** The post's files in their order; none for a new post. */
    public List<AttachmentRow> getFiles() {
        if (files == null) {
            files = editor.getId() == null ? List.of() : attachments.list(editor.getId());
        }
        return files;
    }

    /** What the last removal or move did, said in the box's status line. */
    public String getNotice() {
        return notice;
    }

    /** Shown beside the field when the filter refused a form too large to read. */
    public String getRefusal() {
        Object refused = FacesContext.getCurrentInstance()
                .getExternalContext()
                .getRequestParameterMap()
                .get("refused");
        return TOO_LARGE.equals(refused) ? text("formTooLarge", limits.maxSizeText()) : null;
    }

    public String getMaxSizeText() {
        return limits.maxSizeText();
    }

    public UploadedFiles getChosen() {
        return chosen;
    }

    public void setChosen(UploadedFiles chosen) {
        this.chosen = chosen;
    }

    private static String text(String key, Object... arguments) {
        return Texts.say(PostAttachmentsBox.class, "admin.attachments." + key, arguments);
    }
}
