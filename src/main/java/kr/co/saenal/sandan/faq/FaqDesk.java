package kr.co.saenal.sandan.faq;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.logging.Logger;
import kr.co.saenal.sandan.inquiry.InquiryTopic;
import kr.co.saenal.sandan.news.ArticleHtml;
import kr.co.saenal.sandan.news.ArticleText;
import kr.co.saenal.sandan.platform.FieldError;
import kr.co.saenal.sandan.platform.RuleViolationException;
import kr.co.saenal.sandan.platform.Texts;

/**
 * The editors' side of the FAQ: topics (add, rename, map to a 분야 of the consultation form, reorder, delete the
 * empty ones) and questions (write, publish or keep as a draft, reorder within their topic, delete). Answers are
 * sanitized here, as post bodies are, so no other path can store unsafe HTML. Every broken rule of a change is
 * refused at once, naming its field; nothing is stored then.
 */
@ApplicationScoped
@Transactional
public class FaqDesk {

    private static final Logger LOG = Logger.getLogger(FaqDesk.class.getName());

    static final int MAX_TOPIC_NAME = 100;
    static final int MAX_QUESTION = 300;
    static final int MAX_ANSWER = 20_000;

    @Inject
    FaqRepository repository;

    @Inject
    Clock clock;

    public List<FaqTopicRow> topics() {
        return repository.topicRows();
    }

    public List<FaqItemRow> items() {
        return repository.itemRows();
    }

    /** The consultation form's 분야 a topic may answer (their names). */
    public List<String> consultTopics() {
        return Arrays.stream(InquiryTopic.values()).map(Enum::name).toList();
    }

    /** A question as the editor opens it. */
    public FaqDraft draft(long id) {
        FaqItem item = findItem(id);
        FaqDraft draft = new FaqDraft();
        draft.setTopicId(item.getTopic().getId());
        draft.setQuestion(item.getQuestion());
        draft.setAnswer(item.getAnswer());
        draft.setPublished(item.isPublished());
        return draft;
    }

    /**
     * Adds ({@code id == null}) or changes a topic.
     *
     * @param consultTopic the name of an {@link InquiryTopic}, or blank for none
     * @return the topic's id
     */
    public long saveTopic(Long id, String name, String slug, String consultTopic, String editor) {
        String cleanName = name == null ? "" : name.strip();
        String cleanSlug = slug == null ? "" : slug.strip().toLowerCase(Locale.ROOT);
        String mapped = consultTopic == null || consultTopic.isBlank() ? null : consultTopic.strip();
        List<FieldError> errors = new ArrayList<>();
        if (cleanName.isEmpty()) {
            errors.add(new FieldError("name", text("name.required")));
        } else if (cleanName.length() > MAX_TOPIC_NAME) {
            errors.add(new FieldError("name", text("name.tooLong", MAX_TOPIC_NAME)));
        }
        if (!cleanSlug.matches("[a-z0-9]+(-[a-z0-9]+)*") || cleanSlug.length() > 60) {
            errors.add(new FieldError("slug", text("slug.invalid")));
        } else if (repository.slugTaken(cleanSlug, id)) {
            errors.add(new FieldError("slug", text("slug.taken")));
        }
        if (mapped != null && !consultTopics().contains(mapped)) {
            errors.add(new FieldError("consultTopic", text("consultTopic.unknown")));
        }
        if (!errors.isEmpty()) {
            throw new RuleViolationException(errors);
        }
        if (id == null) {
            FaqTopic topic = new FaqTopic(cleanSlug, cleanName, mapped, repository.nextTopicPosition());
            repository.add(topic);
            repository.flush();
            LOG.info(() -> "FAQ topic " + cleanSlug + " added by " + editor);
            return topic.getId();
        }
        findTopic(id).change(cleanSlug, cleanName, mapped);
        return id;
    }

    /** Swaps a topic with its neighbour above ({@code up}) or below. */
    public void moveTopic(long id, boolean up) {
        List<FaqTopic> ordered = new ArrayList<>(repository.topics());
        int index = ordered.indexOf(findTopic(id));
        int other = up ? index - 1 : index + 1;
        if (other < 0 || other >= ordered.size()) {
            return;
        }
        ordered.add(other, ordered.remove(index));
        for (int i = 0; i < ordered.size(); i++) {
            ordered.get(i).moveTo(i + 1);
        }
    }

    /** Deletes a topic that holds no question. */
    public void deleteTopic(long id) {
        FaqTopic topic = findTopic(id);
        int held = repository.itemsIn(topic).size();
        if (held > 0) {
            throw new RuleViolationException(
                    List.of(new FieldError("delete", text("topic.notEmpty", topic.getName(), held))));
        }
        repository.remove(topic);
    }

    /**
     * Adds ({@code id == null}) or changes a question; a question moved to another topic goes to its end.
     *
     * @return the question's id
     * @throws RuleViolationException with every broken rule; nothing is stored then
     */
    public long saveItem(Long id, FaqDraft draft, String editor) {
        FaqItem item = id == null ? null : findItem(id);
        List<FieldError> errors = new ArrayList<>();
        FaqTopic topic = draft.getTopicId() == null
                ? null
                : repository.topic(draft.getTopicId()).orElse(null);
        if (topic == null) {
            errors.add(new FieldError("topicId", text("topicId.required")));
        }
        String question = draft.getQuestion() == null ? "" : draft.getQuestion().strip();
        if (question.isEmpty()) {
            errors.add(new FieldError("question", text("question.required")));
        } else if (question.length() > MAX_QUESTION) {
            errors.add(new FieldError("question", text("question.tooLong", MAX_QUESTION)));
        }
        String answer = ArticleHtml.sanitize(draft.getAnswer());
        if (!ArticleHtml.hasText(answer)) {
            errors.add(new FieldError("answer", text("answer.required")));
        } else if (answer.length() > MAX_ANSWER) {
            errors.add(new FieldError("answer", text("answer.tooLong", MAX_ANSWER)));
        }
        if (!errors.isEmpty()) {
            throw new RuleViolationException(errors);
        }
        Instant now = clock.instant();
        String answerText = ArticleText.of(answer);
        if (item == null) {
            item = new FaqItem(
                    topic, question, answer, answerText, repository.nextItemPosition(topic), draft.isPublished(), now);
            repository.add(item);
            repository.flush();
            long added = item.getId();
            LOG.info(() -> "FAQ question " + added + " added by " + editor);
            return added;
        }
        if (!item.getTopic().equals(topic)) {
            item.moveTo(repository.nextItemPosition(topic));
        }
        item.revise(topic, question, answer, answerText, draft.isPublished(), now);
        return item.getId();
    }

    /** Publishes a question, or takes it back to a draft. */
    public void publish(long id, boolean published) {
        FaqItem item = findItem(id);
        item.revise(
                item.getTopic(),
                item.getQuestion(),
                item.getAnswer(),
                item.getAnswerText(),
                published,
                clock.instant());
    }

    /** Swaps a question with its neighbour above ({@code up}) or below in its topic. */
    public void moveItem(long id, boolean up) {
        FaqItem item = findItem(id);
        List<FaqItem> ordered = new ArrayList<>(repository.itemsIn(item.getTopic()));
        int index = ordered.indexOf(item);
        int other = up ? index - 1 : index + 1;
        if (other < 0 || other >= ordered.size()) {
            return;
        }
        ordered.add(other, ordered.remove(index));
        for (int i = 0; i < ordered.size(); i++) {
            ordered.get(i).moveTo(i + 1);
        }
    }

    public void deleteItem(long id) {
        repository.remove(findItem(id));
    }

    private FaqTopic findTopic(long id) {
        return repository
                .topic(id)
                .orElseThrow(() -> new RuleViolationException(List.of(new FieldError("delete", text("gone")))));
    }

    private FaqItem findItem(long id) {
        return repository
                .item(id)
                .orElseThrow(() -> new RuleViolationException(List.of(new FieldError("delete", text("gone")))));
    }

    /** A refusal in the language of the request being served. */
    private static String text(String key, Object... arguments) {
        return Texts.say(FaqDesk.class, "faqDesk." + key, arguments);
    }
}
