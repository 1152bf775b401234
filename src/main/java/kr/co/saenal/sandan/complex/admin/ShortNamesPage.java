package kr.co.saenal.sandan.complex.admin;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import kr.co.saenal.sandan.complex.ShortNameRow;
import kr.co.saenal.sandan.complex.importing.ComplexChoice;
import kr.co.saenal.sandan.complex.importing.ComplexImport;
import kr.co.saenal.sandan.complex.importing.ImportRefusedException;
import kr.co.saenal.sandan.platform.KoreanTime;
import kr.co.saenal.sandan.platform.Texts;
import kr.co.saenal.sandan.platform.web.FieldMessages;

/**
 * /admin/complexes/short-names: which complex each short name of KICOX's trend workbook (남동, 반월 …) means, so that
 * its figures reach the complex's page. The short names of the newest trend quarter that no complex is mapped to come
 * first; an editor adds a mapping (short name, then a complex found by name, 시군, 시도 or type), points one at
 * another complex, or removes it after a confirmation.
 */
@Named
@ViewScoped
public class ShortNamesPage implements Serializable {

    private static final long serialVersionUID = 1L;

    static final String FORM = "mapping";
    /** The most complexes a search lists: more say "narrow it down". */
    static final int MAX_FOUND = 50;

    @Inject
    ComplexImport imports;

    private List<ShortNameRow> rows;
    private List<String> unmatched;

    private String shortName;
    private String search;
    private Long complexId;
    private boolean changing;
    private List<ComplexChoice> found = List.of();
    private boolean more;
    private String removing;

    /** View action on the first request. */
    public void load() {
        reload();
    }

    /** Lists the complexes the search words find; one found is picked at once. */
    public void find() {
        if (search == null || search.isBlank()) {
            found = List.of();
            more = false;
            complexId = null;
            FacesContext.getCurrentInstance()
                    .addMessage(
                            FORM + ":search", new FacesMessage(FacesMessage.SEVERITY_ERROR, text("searchEmpty"), null));
            return;
        }
        List<ComplexChoice> all = imports.complexChoices();
        List<ComplexChoice> matching = new ArrayList<>();
        for (ComplexChoice choice : all) {
            if (choice.matches(search)) {
                matching.add(choice);
            }
        }
        more = matching.size() > MAX_FOUND;
        found = List.copyOf(matching.subList(0, Math.min(MAX_FOUND, matching.size())));
        if (found.size() == 1) {
            complexId = found.get(0).id();
        } else if (complexId != null && found.stream().noneMatch(c -> c.id() == complexId)) {
            complexId = null;
        }
        if (found.isEmpty()) {
            FacesContext.getCurrentInstance()
                    .addMessage(
                            FORM + ":search",
                            new FacesMessage(FacesMessage.SEVERITY_ERROR, text("nothingFound", clean(search)), null));
        }
    }

    /** Starts a mapping of a short name no complex has yet, searching for a complex of that name. */
    public void start(String name) {
        shortName = name;
        search = name;
        changing = false;
        complexId = null;
        removing = null;
        find();
    }

    /** Points an existing short name at another complex: the form starts with its complex. */
    public void change(ShortNameRow row) {
        shortName = row.shortName();
        search = row.complexName();
        changing = true;
        removing = null;
        complexId = row.complexId();
        find();
        complexId = row.complexId();
        if (found.stream().noneMatch(c -> c.id() == row.complexId())) {
            List<ComplexChoice> withCurrent = new ArrayList<>(found);
            imports.complexChoices().stream()
                    .filter(c -> c.id() == row.complexId())
                    .findFirst()
                    .ifPresent(c -> withCurrent.add(0, c));
            found = List.copyOf(withCurrent);
        }
    }

    public void save() {
        FacesContext faces = FacesContext.getCurrentInstance();
        if (complexId == null) {
            faces.addMessage(
                    FORM + ":complex", new FacesMessage(FacesMessage.SEVERITY_ERROR, text("chooseComplex"), null));
            faces.validationFailed();
            return;
        }
        try {
            imports.mapShortName(
                    shortName,
                    complexId,
                    faces.getExternalContext().getUserPrincipal().getName());
            String complex = found.stream()
                    .filter(c -> c.id() == complexId)
                    .findFirst()
                    .map(ShortNamesPage::labelOf)
                    .orElse("");
            FieldMessages.done(faces, text("saved", clean(shortName), complex));
            clear();
        } catch (ImportRefusedException e) {
            String field = switch (e.reason()) {
                case SHORT_NAME_INVALID -> FORM + ":shortName";
                case UNKNOWN_COMPLEX -> FORM + ":complex";
                default -> null;
            };
            faces.addMessage(field, new FacesMessage(FacesMessage.SEVERITY_ERROR, e.text(), null));
            faces.validationFailed();
        }
        reload();
    }

    public void cancel() {
        clear();
    }

    public void askToRemove(ShortNameRow row) {
        removing = row.shortName();
    }

    public void cancelRemove() {
        removing = null;
    }

    public void remove() {
        FacesContext faces = FacesContext.getCurrentInstance();
        try {
            imports.removeShortName(removing);
            FieldMessages.done(faces, text("removed", removing));
        } catch (ImportRefusedException e) {
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, e.text(), null));
        }
        removing = null;
        reload();
    }

    private void clear() {
        shortName = null;
        search = null;
        complexId = null;
        changing = false;
        found = List.of();
        more = false;
    }

    private void reload() {
        rows = imports.shortNames();
        unmatched = imports.unmatchedShortNames();
    }

    private static String clean(String text) {
        return text == null ? "" : text.strip();
    }

    /** "정관 · 농공 · 부산 기장군" (and 하위단지 for a bundle's member): a complex told apart from its namesakes. */
    public String label(ComplexChoice choice) {
        return labelOf(choice);
    }

    static String labelOf(ComplexChoice choice) {
        return text(
                choice.bundleMember() ? "choiceMember" : "choice",
                choice.name(),
                choice.type().label(),
                choice.sido().label(),
                choice.sigun());
    }

    public String where(ShortNameRow row) {
        return text("where", row.type().label(), row.sido().label(), row.sigun());
    }

    public String updated(ShortNameRow row) {
        return row.updatedAt() == null ? "" : KoreanTime.compact(row.updatedAt());
    }

    public boolean isRemoving(ShortNameRow row) {
        return row.shortName().equals(removing);
    }

    public List<ShortNameRow> getRows() {
        return rows;
    }

    public List<String> getUnmatched() {
        return unmatched;
    }

    public List<ComplexChoice> getFound() {
        return found;
    }

    public boolean isMore() {
        return more;
    }

    public boolean isChanging() {
        return changing;
    }

    public String getShortName() {
        return shortName;
    }

    public void setShortName(String shortName) {
        this.shortName = shortName;
    }

    public String getSearch() {
        return search;
    }

    public void setSearch(String search) {
        this.search = search;
    }

    public Long getComplexId() {
        return complexId;
    }

    public void setComplexId(Long complexId) {
        this.complexId = complexId;
    }

    private static String text(String key, Object... arguments) {
        return Texts.say(ShortNamesPage.class, "admin.shortNamesPage." + key, arguments);
    }
}
