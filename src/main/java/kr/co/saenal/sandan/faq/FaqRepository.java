package kr.co.saenal.sandan.faq;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

/** The queries of the FAQ: the public side reads published questions into read models, one statement a list. */
@ApplicationScoped
public class FaqRepository {

    private static final String ENTRY = "select new kr.co.saenal.sandan.faq.FaqEntry("
            + "i.id, i.question, i.answer, i.answerText, t.slug, t.name, t.consultTopic) "
            + "from FaqItem i join i.topic t ";
    private static final String IN_ORDER = " order by t.position, t.id, i.position, i.id";

    @PersistenceContext
    EntityManager em;

    /** Every published question, topic by topic, in the editors' order. */
    public List<FaqEntry> published() {
        return em.createQuery(ENTRY + "where i.published = true" + IN_ORDER, FaqEntry.class)
                .getResultList();
    }

    /** The topics that have published questions, in order, with their count. */
    public List<FaqTopicLink> topicLinks() {
        return em.createQuery(
                        "select new kr.co.saenal.sandan.faq.FaqTopicLink(t.slug, t.name, t.consultTopic, count(i)) "
                                + "from FaqItem i join i.topic t where i.published = true "
                                + "group by t.id, t.slug, t.name, t.consultTopic, t.position order by t.position, t.id",
                        FaqTopicLink.class)
                .getResultList();
    }

    public List<FaqTopicRow> topicRows() {
        return em.createQuery(
                        "select new kr.co.saenal.sandan.faq.FaqTopicRow(t.id, t.slug, t.name, t.consultTopic, count(i)) "
                                + "from FaqTopic t left join FaqItem i on i.topic = t "
                                + "group by t.id, t.slug, t.name, t.consultTopic, t.position order by t.position, t.id",
                        FaqTopicRow.class)
                .getResultList();
    }

    public List<FaqItemRow> itemRows() {
        return em.createQuery(
                        "select new kr.co.saenal.sandan.faq.FaqItemRow(i.id, t.id, t.name, i.question, i.published, "
                                + "i.updatedAt) from FaqItem i join i.topic t" + IN_ORDER,
                        FaqItemRow.class)
                .getResultList();
    }

    public List<FaqTopic> topics() {
        return em.createQuery("select t from FaqTopic t order by t.position, t.id", FaqTopic.class)
                .getResultList();
    }

    /** A topic's questions in order, published or not. */
    public List<FaqItem> itemsIn(FaqTopic topic) {
        return em.createQuery("select i from FaqItem i where i.topic = :topic order by i.position, i.id", FaqItem.class)
                .setParameter("topic", topic)
                .getResultList();
    }

    public Optional<FaqTopic> topic(long id) {
        return Optional.ofNullable(em.find(FaqTopic.class, id));
    }

    public Optional<FaqItem> item(long id) {
        return Optional.ofNullable(em.find(FaqItem.class, id));
    }

    public boolean slugTaken(String slug, Long exceptId) {
        return em.createQuery(
                                "select count(t) from FaqTopic t where t.slug = :slug and (:id is null or t.id <> :id)",
                                Long.class)
                        .setParameter("slug", slug)
                        .setParameter("id", exceptId)
                        .getSingleResult()
                > 0;
    }

    public int nextTopicPosition() {
        Integer max = em.createQuery("select max(t.position) from FaqTopic t", Integer.class)
                .getSingleResult();
        return max == null ? 1 : max + 1;
    }

    public int nextItemPosition(FaqTopic topic) {
        Integer max = em.createQuery("select max(i.position) from FaqItem i where i.topic = :topic", Integer.class)
                .setParameter("topic", topic)
                .getSingleResult();
        return max == null ? 1 : max + 1;
    }

    public long countTopics() {
        return em.createQuery("select count(t) from FaqTopic t", Long.class).getSingleResult();
    }

    public void add(FaqTopic topic) {
        em.persist(topic);
    }

    public void add(FaqItem item) {
        em.persist(item);
    }

    public void remove(FaqTopic topic) {
        em.remove(topic);
    }

    public void remove(FaqItem item) {
        em.remove(item);
    }

    public void flush() {
        em.flush();
    }
}
