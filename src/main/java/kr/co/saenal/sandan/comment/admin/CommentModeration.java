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
import kr.co.saenal.sandan.comment.CommentRow;
import kr.co.saenal.sandan.comment.CommentState;
import kr.co.saenal.sandan.comment.ModerationQueue;
import kr.co.saenal.sandan.platform.web.FieldMessages;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import kr.co.saenal.sandan.admin.Tables;

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
        public List<CommentRow> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
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
        act(row, queue::approve, "댓글을 승인했습니다. 기사 아래에 바로 보입니다.");
    }

    public void reject(CommentRow row) {
        act(row, queue::reject, "댓글을 거절했습니다. 사이트에 보이지 않습니다.");
    }

    public void delete(CommentRow row) {
        act(row, queue::delete, "댓글을 삭제했습니다.");
    }

    /** Approves every pending comment on the page the editor is looking at. */
    public void approveShownPending() {
        List<Long> ids = shown == null ? List.of() : shown.stream().filter(CommentRow::isPending).map(CommentRow::id).toList();
        FacesContext faces = FacesContext.getCurrentInstance();
        int approved = queue.approve(ids, faces.getExternalContext().getRemoteUser());
        FieldMessages.done(faces, "검토 대기 댓글 " + approved + "개를 승인했습니다.");
    }

    private void act(CommentRow row, BiFunction<List<Long>, String, Integer> action, String done) {
        FacesContext faces = FacesContext.getCurrentInstance();
        int changed = action.apply(List.of(row.id()), faces.getExternalContext().getRemoteUser());
        FieldMessages.done(faces, changed == 1 ? done : "그사이 삭제된 댓글입니다.");
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
