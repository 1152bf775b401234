package kr.co.saenal.sandan.comment.admin;

import jakarta.faces.context.FacesContext;
import jakarta.faces.event.PhaseId;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import kr.co.saenal.sandan.admin.Tables;
import kr.co.saenal.sandan.comment.CommentRow;
import kr.co.saenal.sandan.comment.CommentState;
import kr.co.saenal.sandan.comment.ModerationQueue;
import kr.co.saenal.sandan.platform.Texts;
import kr.co.saenal.sandan.platform.web.FieldMessages;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/**
 * /admin/news/comments: the moderation queue, pending comments first, 20 a page, filtered by state.
 *
 * <p>A button in a row acts on the comment the editor saw in that row: while a postback is processed the table
 * is given the rows it rendered, not a fresh query (a comment arriving meanwhile would shift the rows).
 */
@Named
@ViewScoped
public class CommentModeration implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ModerationQueue queue;

    private CommentState state;
    private List<CommentRow> shown;
    private int shownCount;

    private final LazyDataModel<CommentRow> rows = new LazyDataModel<>() {
        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            if (rendering() || shown == null) {
                shownCount = (int) queue.count(state);
            }
            return shownCount;
        }

        @Override
        public List<CommentRow> load(
                int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
            if (rendering() || shown == null) {
                shown = queue.list(state, first, pageSize);
            }
            return shown;
        }

        @Override
        public String getRowKey(CommentRow row) {
            return Long.toString(row.id());
        }
    };

    private static boolean rendering() {
        return FacesContext.getCurrentInstance().getCurrentPhaseId() == PhaseId.RENDER_RESPONSE;
    }

    public void approve(CommentRow row) {
        act(row, queue::approve, "approved");
    }

    public void reject(CommentRow row) {
        act(row, queue::reject, "rejected");
    }

    public void delete(CommentRow row) {
        act(row, queue::delete, "deleted");
    }

    /** Approves every pending comment on the page the editor is looking at. */
    public void approveShownPending() {
        List<Long> ids = shown == null
                ? List.of()
                : shown.stream()
                        .filter(CommentRow::isPending)
                        .map(CommentRow::id)
                        .toList();
        FacesContext faces = FacesContext.getCurrentInstance();
        int approved = queue.approve(ids, faces.getExternalContext().getRemoteUser());
        FieldMessages.done(faces, text("approvedPending", approved));
    }

    /** Applies {@code action} to the row's comment and says so ({@code done}, the key of the confirmation). */
    private void act(CommentRow row, BiFunction<List<Long>, String, Integer> action, String done) {
        FacesContext faces = FacesContext.getCurrentInstance();
        int changed = action.apply(List.of(row.id()), faces.getExternalContext().getRemoteUser());
        FieldMessages.done(faces, text(changed == 1 ? done : "gone"));
    }

    private static String text(String key, Object... arguments) {
        return Texts.say(CommentModeration.class, "admin.commentModeration." + key, arguments);
    }

    public void filter() {
        Tables.showFirstPage("comments:table");
    }

    public LazyDataModel<CommentRow> getRows() {
        return rows;
    }

    public boolean isAnyPendingShown() {
        return shown != null && shown.stream().anyMatch(CommentRow::isPending);
    }

    public CommentState[] getStates() {
        return CommentState.values();
    }

    public CommentState getState() {
        return state;
    }

    public void setState(CommentState state) {
        this.state = state;
    }
}
