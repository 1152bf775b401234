package kr.co.saenal.sandan.faq.admin;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import kr.co.saenal.sandan.faq.FaqDesk;
import kr.co.saenal.sandan.faq.FaqDraft;
import kr.co.saenal.sandan.faq.FaqItemRow;
import kr.co.saenal.sandan.faq.FaqTopicRow;
import kr.co.saenal.sandan.platform.RuleViolationException;
import kr.co.saenal.sandan.platform.Texts;
import kr.co.saenal.sandan.platform.web.FieldMessages;

/**
 * /admin/news/faq: the FAQ's questions in a table (order, publish or draft, edit, delete) with the question form
 * below, and its topics (order, the consultation form's 분야 each answers).
 */
@Named
@ViewScoped
public class FaqEditor implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String ITEM_FORM = "question";
    static final String TOPIC_FORM = "topic";

    @Inject
    FaqDesk desk;

    private transient List<FaqItemRow> items;
    private transient List<FaqTopicRow> topics;

    private Long editingItem;
    private FaqDraft draft = new FaqDraft();

    private Long editingTopic;
    private String topicName;
    private String topicSlug;
    private String consultTopic;

    public List<FaqItemRow> getItems() {
        if (items == null) {
            items = desk.items();
        }
        return items;
    }

    public List<FaqTopicRow> getTopics() {
        if (topics == null) {
            topics = desk.topics();
        }
        return topics;
    }

    public List<String> getConsultTopics() {
        return desk.consultTopics();
    }

    /** Whether the row is the first (up) or last (down) of its topic: nothing to swap with. */
    public boolean atEdge(FaqItemRow row, boolean up) {
        List<FaqItemRow> all = getItems();
        int index = all.indexOf(row);
        int other = up ? index - 1 : index + 1;
        return other < 0 || other >= all.size() || all.get(other).topicId() != row.topicId();
    }

    public void saveItem() {
        try {
            desk.saveItem(editingItem, draft, user());
            done(editingItem == null ? text("question.added") : text("question.changed"));
            cancelItem();
        } catch (RuleViolationException e) {
            FieldMessages.show(FacesContext.getCurrentInstance(), ITEM_FORM, e);
        }
    }

    public void editItem(FaqItemRow row) {
        try {
            draft = desk.draft(row.id());
            editingItem = row.id();
        } catch (RuleViolationException e) {
            FieldMessages.show(FacesContext.getCurrentInstance(), "questions", e);
            refresh();
        }
    }

    public void cancelItem() {
        editingItem = null;
        draft = new FaqDraft();
        refresh();
    }

    public void publish(FaqItemRow row, boolean published) {
        run(() -> desk.publish(row.id(), published), published ? text("question.published") : text("question.drafted"));
    }

    public void moveItem(FaqItemRow row, boolean up) {
        run(() -> desk.moveItem(row.id(), up), null);
    }

    public void deleteItem(FaqItemRow row) {
        run(() -> desk.deleteItem(row.id()), text("question.deleted", row.question()));
        if (row.id() == (editingItem == null ? -1 : editingItem)) {
            cancelItem();
        }
    }

    public void saveTopic() {
        try {
            desk.saveTopic(editingTopic, topicName, topicSlug, consultTopic, user());
            done(editingTopic == null ? text("topic.added", topicName.strip()) : text("topic.changed"));
            cancelTopic();
        } catch (RuleViolationException e) {
            FieldMessages.show(FacesContext.getCurrentInstance(), TOPIC_FORM, e);
        }
    }

    public void editTopic(FaqTopicRow row) {
        editingTopic = row.id();
        topicName = row.name();
        topicSlug = row.slug();
        consultTopic = row.consultTopic();
    }

    public void cancelTopic() {
        editingTopic = null;
        topicName = null;
        topicSlug = null;
        consultTopic = null;
        refresh();
    }

    public void moveTopic(FaqTopicRow row, boolean up) {
        run(() -> desk.moveTopic(row.id(), up), null);
    }

    public void deleteTopic(FaqTopicRow row) {
        run(() -> desk.deleteTopic(row.id()), text("topic.deleted", row.name()));
    }

    private void run(Runnable change, String done) {
        try {
            change.run();
            if (done != null) {
                done(done);
            }
        } catch (RuleViolationException e) {
            FieldMessages.show(FacesContext.getCurrentInstance(), "questions", e);
        }
        refresh();
    }

    private void refresh() {
        items = null;
        topics = null;
    }

    private static void done(String message) {
        FieldMessages.done(FacesContext.getCurrentInstance(), message);
    }

    private static String user() {
        return FacesContext.getCurrentInstance().getExternalContext().getRemoteUser();
    }

    private static String text(String key, Object... arguments) {
        return Texts.say(FaqEditor.class, "admin.faqEditor." + key, arguments);
    }

    /** The label of a 분야 (its name in the inquiry feature's words). */
    public String consultTopicLabel(String name) {
        return name == null || name.isBlank() ? "" : Texts.say(FaqEditor.class, "admin.faqEditor.consult." + name);
    }

    public Long getEditingItem() {
        return editingItem;
    }

    public FaqDraft getDraft() {
        return draft;
    }

    public Long getEditingTopic() {
        return editingTopic;
    }

    public String getTopicName() {
        return topicName;
    }

    public void setTopicName(String topicName) {
        this.topicName = topicName;
    }

    public String getTopicSlug() {
        return topicSlug;
    }

    public void setTopicSlug(String topicSlug) {
        this.topicSlug = topicSlug;
    }

    public String getConsultTopic() {
        return consultTopic;
    }

    public void setConsultTopic(String consultTopic) {
        this.consultTopic = consultTopic;
    }
}
