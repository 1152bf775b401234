package kr.co.saenal.sandan.media.admin;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.util.Map;
import kr.co.saenal.sandan.media.ImageLibrary;
import kr.co.saenal.sandan.media.ImagePage;
import kr.co.saenal.sandan.media.ImageRejectedException;
import kr.co.saenal.sandan.media.LibraryImage;
import kr.co.saenal.sandan.platform.FieldError;
import kr.co.saenal.sandan.platform.KoreanTime;
import kr.co.saenal.sandan.platform.Texts;
import org.primefaces.model.file.UploadedFile;

/**
 * /admin/news/images: the newsroom's pictures. Upload with alt text and caption, a grid of thumbnails, describe
 * again, copy the URL, delete after a confirmation (refused while a post uses the picture).
 */
@Named
@ViewScoped
public class ImageLibraryPage implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Where each field of the service's refusals is shown. */
    private static final Map<String, String> UPLOAD_FIELDS =
            Map.of("file", "upload:file", "altText", "upload:altText", "caption", "upload:caption");

    private static final Map<String, String> EDIT_FIELDS =
            Map.of("altText", "library:grid:%d:editAlt", "caption", "library:grid:%d:editCaption");

    @Inject
    ImageLibrary library;

    private int page = 1;
    private ImagePage shown;

    private transient UploadedFile file;
    private String altText;
    private String caption;

    private Long editing;
    private String editAlt;
    private String editCaption;
    private Long deleting;

    /** View action on the first request. */
    public void load() {
        shown = library.latest(page);
    }

    /** Stores the upload and shows the first page again (a redirect, so that reloading cannot upload twice). */
    public String upload() {
        FacesContext faces = FacesContext.getCurrentInstance();
        try {
            LibraryImage image = library.upload(
                    file == null ? null : file.getFileName(),
                    content(),
                    altText,
                    caption,
                    faces.getExternalContext().getUserPrincipal().getName());
            faces.getExternalContext().getFlash().setKeepMessages(true);
            info(faces, text("uploaded", image.fileName(), image.width(), image.height()));
            return "/admin/news/images?faces-redirect=true";
        } catch (ImageRejectedException e) {
            refused(faces, e, UPLOAD_FIELDS, -1);
            return null;
        } finally {
            file = null;
        }
    }

    private byte[] content() {
        if (file == null) {
            return new byte[0];
        }
        try {
            // never more than the limit plus one byte, whatever the part holds
            return file.getInputStream().readNBytes((int) library.limits().maxBytes() + 1);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public void edit(LibraryImage image) {
        editing = image.id();
        editAlt = image.altText();
        editCaption = image.caption();
        deleting = null;
    }

    public void save() {
        FacesContext faces = FacesContext.getCurrentInstance();
        try {
            library.describe(editing, editAlt, editCaption);
            editing = null;
            load();
            info(faces, text("described"));
        } catch (ImageRejectedException e) {
            refused(faces, e, EDIT_FIELDS, indexOf(editing));
        }
    }

    public void askToDelete(LibraryImage image) {
        deleting = image.id();
        editing = null;
    }

    public void delete() {
        FacesContext faces = FacesContext.getCurrentInstance();
        try {
            library.delete(deleting);
            info(faces, text("deleted"));
        } catch (ImageRejectedException e) {
            refused(faces, e, Map.of(), -1);
        }
        deleting = null;
        load();
    }

    public void cancel() {
        editing = null;
        deleting = null;
    }

    private int indexOf(Long id) {
        for (int i = 0; i < shown.images().size(); i++) {
            if (shown.images().get(i).id() == id) {
                return i;
            }
        }
        return -1;
    }

    private static void info(FacesContext faces, String message) {
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, message, null));
    }

    private static String text(String key, Object... arguments) {
        return Texts.say(ImageLibraryPage.class, "admin.imageLibraryPage." + key, arguments);
    }

    private static void refused(FacesContext faces, ImageRejectedException e, Map<String, String> fields, int row) {
        for (FieldError error : e.errors()) {
            String field = fields.get(error.field());
            String clientId = field == null || (field.contains("%d") && row < 0) ? null : String.format(field, row);
            faces.addMessage(clientId, new FacesMessage(FacesMessage.SEVERITY_ERROR, error.message(), null));
        }
        faces.validationFailed();
    }

    public String uploadedAt(LibraryImage image) {
        return KoreanTime.dateTime(image.uploadedAt());
    }

    public String getMaxSizeText() {
        return library.limits().maxSizeText();
    }

    public boolean isEditing(LibraryImage image) {
        return editing != null && editing == image.id();
    }

    public boolean isDeleting(LibraryImage image) {
        return deleting != null && deleting == image.id();
    }

    public ImagePage getShown() {
        return shown;
    }

    public int getPage() {
        return page;
    }

    public void setPage(int page) {
        this.page = page;
    }

    public UploadedFile getFile() {
        return file;
    }

    public void setFile(UploadedFile file) {
        this.file = file;
    }

    public String getAltText() {
        return altText;
    }

    public void setAltText(String altText) {
        this.altText = altText;
    }

    public String getCaption() {
        return caption;
    }

    public void setCaption(String caption) {
        this.caption = caption;
    }

    public String getEditAlt() {
        return editAlt;
    }

    public void setEditAlt(String editAlt) {
        this.editAlt = editAlt;
    }

    public String getEditCaption() {
        return editCaption;
    }

    public void setEditCaption(String editCaption) {
        this.editCaption = editCaption;
    }
}
