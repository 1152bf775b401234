package kr.co.saenal.sandan.platform.task.admin;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import kr.co.saenal.sandan.platform.KoreanTime;
import kr.co.saenal.sandan.platform.task.LongTasks;
import kr.co.saenal.sandan.platform.task.TaskView;
import kr.co.saenal.sandan.platform.web.FieldMessages;

/**
 * /admin/task?id=…: how far a long task has got (its step, a progress bar and the count), read again every second
 * (and every few seconds without script); once it is done, the page sends the user on to its outcome with its
 * message; a refused or failed task says why, with the way back. Only who started it and administrators see it;
 * for anyone else it does not exist.
 */
@Named
@ViewScoped
public class TaskPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    LongTasks tasks;

    private String id;
    /** Read again by every poll; the id is what the view keeps. */
    private transient TaskView task;

    /** View action, and the poll's listener: a finished task goes on to its outcome. */
    public void load() throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        task = null;
        if (getTask() == null) {
            external.responseSendError(404, "Not found");
            faces.responseComplete();
            return;
        }
        if (task.state() == TaskView.State.DONE) {
            if (task.outcomeMessage() != null) {
                FieldMessages.doneAfterRedirect(faces, task.outcomeMessage());
            }
            external.redirect(external.getRequestContextPath() + task.outcomePath());
        }
    }

    public TaskView getTask() {
        if (task == null && id != null) {
            FacesContext faces = FacesContext.getCurrentInstance();
            task = tasks.find(
                            id,
                            faces.getExternalContext().getRemoteUser(),
                            faces.getExternalContext().isUserInRole("ADMIN"))
                    .orElse(null);
        }
        return task;
    }

    public boolean isRunning() {
        return getTask() != null && task.running() && !task.interrupted(tasks.now());
    }

    public boolean isInterrupted() {
        return getTask() != null && task.interrupted(tasks.now());
    }

    public String when(TaskView shown) {
        return KoreanTime.dateTime(shown.startedAt());
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }
}
