package kr.co.saenal.sandan.faq;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import kr.co.saenal.sandan.testsupport.BackOffice;
import kr.co.saenal.sandan.testsupport.Deployments;
import kr.co.saenal.sandan.testsupport.Forms;
import kr.co.saenal.sandan.testsupport.Http;
import kr.co.saenal.sandan.testsupport.Staff;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The FAQ as readers, searchers, visitors asking for a consultation and editors meet it: /faq with its disclosure
 * layout and FAQPage structured data (published questions only), the site search's FAQ section, the consultation
 * page's links to the topics of the chosen 분야, and the back office's table. Runs inside the server so that it can
 * add a topic of its own (and remove it again); everything else is checked over HTTP.
 */
@ExtendWith(ArquillianExtension.class)
class FaqIT {

    private static final String TOPIC = "faq-it-topic";
    private static final String ADMIN_PAGE = "/admin/news/faq";

    @Deployment
    static WebArchive deployment() {
        return Deployments.war();
    }

    @Inject
    FaqDesk desk;

    @Inject
    FaqService faq;

    private final Http reader = new Http();
    private long topic;
    private long published;
    private long draft;

    @BeforeEach
    void addATopicOfOurOwn() {
        topic = desk.saveTopic(null, "시험용 주제", TOPIC, "FUNDING", "test");
        published = desk.saveItem(
                null,
                draft(
                        topic,
                        "시험용 질문: 희귀낱말갑 지원 한도는 얼마인가요?",
                        "<p>한도는 <strong>공고문</strong>마다 다릅니다.</p><p>문장 끝 </script><script>alert(1)</script> 희귀답변어를 씁니다.</p>",
                        true),
                "test");
        draft = desk.saveItem(null, draft(topic, "시험용 초안 질문 희귀낱말갑", "<p>아직 공개하지 않은 답변</p>", false), "test");
    }

    @AfterEach
    void removeIt() {
        desk.items().stream().filter(i -> i.topicId() == topic).forEach(i -> desk.deleteItem(i.id()));
        desk.topics().stream().filter(t -> t.id() == topic).forEach(t -> desk.deleteTopic(t.id()));
        desk.topics().stream().filter(t -> t.slug().equals("faq-it-office")).forEach(t -> {
            desk.items().stream().filter(i -> i.topicId() == t.id()).forEach(i -> desk.deleteItem(i.id()));
            desk.deleteTopic(t.id());
        });
    }

    private static FaqDraft draft(long topic, String question, String answer, boolean published) {
        FaqDraft draft = new FaqDraft();
        draft.setTopicId(topic);
        draft.setQuestion(question);
        draft.setAnswer(answer);
        draft.setPublished(published);
        return draft;
    }

    @Test
    void theFaqPageHasValidFaqPageStructuredDataOfPublishedQuestionsOnly() {
        Http.Reply reply = reader.get("/faq");
        assertEquals(200, reply.status());
        Document page = reply.html();
        Element data = page.selectFirst("script[type=application/ld+json]#faq-data");
        assertNotNull(data, page.head().html());
        assertFalse(data.data().contains("</script"), "nothing ends the script early: " + data.data());
        JsonObject json = Json.createReader(new StringReader(data.data())).readObject();
        assertEquals("https://schema.org", json.getString("@context"));
        assertEquals("FAQPage", json.getString("@type"));
        List<JsonObject> questions = json.getJsonArray("mainEntity").getValuesAs(JsonObject.class);
        assertFalse(questions.isEmpty());
        for (JsonObject question : questions) {
            assertEquals("Question", question.getString("@type"));
            assertFalse(question.getString("name").isBlank());
            JsonObject answer = question.getJsonObject("acceptedAnswer");
            assertEquals("Answer", answer.getString("@type"));
            assertFalse(answer.getString("text").isBlank());
        }
        List<String> names = questions.stream().map(q -> q.getString("name")).toList();
        assertTrue(names.contains("시험용 질문: 희귀낱말갑 지원 한도는 얼마인가요?"), names::toString);
        assertFalse(names.contains("시험용 초안 질문 희귀낱말갑"), "drafts are not published");
        assertEquals(
                faq.sections().stream().mapToInt(s -> s.entries().size()).sum(),
                questions.size(),
                "every published question, no other");
        String answer = questions.stream()
                .filter(q -> q.getString("name").startsWith("시험용 질문"))
                .findFirst()
                .orElseThrow()
                .getJsonObject("acceptedAnswer")
                .getString("text");
        assertTrue(answer.contains("<strong>공고문</strong>"), answer);
        assertFalse(answer.contains("<script"), "the answer was sanitized when saved: " + answer);

        Element section = page.getElementById("topic-" + TOPIC);
        assertNotNull(section, "each topic is a section with its own anchor");
        assertEquals("시험용 주제", section.selectFirst("h2").text());
        Element item = section.selectFirst("details.faq-item");
        assertEquals("q-" + published, item.id());
        assertTrue(item.selectFirst("summary").text().contains("희귀낱말갑 지원 한도"), item.html());
        assertEquals("공고문", item.selectFirst(".faq-answer strong").text(), "the answer is inside its disclosure");
        assertFalse(page.text().contains("시험용 초안 질문"), "no draft on the page");
        assertNotNull(page.selectFirst("a.chip[href='#topic-" + TOPIC + "']"), "the topics are listed at the top");
        assertNotNull(page.selectFirst(".site-nav a[href='/faq'].active"), "the menu leads here");
        assertNotNull(page.selectFirst(".site-footer a[href='/faq']"));
    }

    @Test
    void theDemoFaqAnswersTheQuestionsConsultantsHearMost() {
        List<String> topics = faq.sections().stream().map(FaqSection::slug).toList();
        assertTrue(
                topics.containsAll(List.of("support", "move-in", "restructuring", "consultation")), topics::toString);
        assertTrue(faq.sections().stream().mapToInt(s -> s.entries().size()).sum() >= 8);
    }

    @Test
    void theSiteSearchFindsQuestionsByTheirWordsAndAnswers() {
        Document found = reader.get("/search?q=희귀낱말갑").html();
        Element section = found.selectFirst(".search-faq");
        assertNotNull(section, found.body().html());
        List<Element> links = section.select(".search-faq-list a");
        assertEquals(1, links.size(), "the draft is not found: " + links);
        assertEquals("/faq#q-" + published, links.get(0).attr("href"));
        assertTrue(links.get(0).text().contains("시험용 주제"), "the question's topic is named");

        Document inAnswer = reader.get("/search?q=희귀답변어").html();
        assertTrue(
                inAnswer.select(".search-faq-list a").eachAttr("href").contains("/faq#q-" + published),
                "a word of the answer finds it too (its particle dropped)");
        assertNull(reader.get("/search?q=존재하지않는단어조합").html().selectFirst(".search-faq"));
        assertNull(
                reader.get("/search?q=희귀낱말갑&category=policy").html().selectFirst(".search-faq"),
                "a search narrowed to a news category has no FAQ section");
        assertEquals(
                List.of(published),
                faq.search("희귀낱말갑은", 5).stream().map(FaqEntry::id).toList(),
                "a trailing particle is not needed");
    }

    @Test
    void theConsultPageLinksTheTopicsOfTheChosenField() {
        Document page = reader.get("/consult").html();
        Element box = page.getElementById("consult-faq");
        assertNotNull(box, page.body().html());
        Element ours = box.selectFirst("li[data-consult-topic=FUNDING] a[href='/faq#topic-" + TOPIC + "']");
        assertNotNull(ours, box.html());
        assertFalse(ours.parent().hasAttr("hidden"), "with no 분야 chosen every topic shows");
        assertNotNull(page.selectFirst("script[src*=faq-links.js]"), "the script follows the form's choice");

        // the form comes back (no name given) with 정책자금·공모사업 chosen: its topics only
        Http visitor = new Http();
        Document form = visitor.get("/consult").html();
        Http.Reply back = visitor.postForm(
                Forms.action(form, "consult"),
                Forms.submission(form, "consult", Map.of("consult:topic", "FUNDING", "consult:name", "")));
        Element again = back.html().getElementById("consult-faq");
        assertNotNull(again, back.html().body().html());
        for (Element item : again.select("li[data-consult-topic]")) {
            boolean funding = item.attr("data-consult-topic").equals("FUNDING");
            assertEquals(!funding, item.hasAttr("hidden"), item.outerHtml());
        }
    }

    @Test
    void editorsKeepTheFaqInTheBackOffice() {
        Http editor = new Http();
        assertEquals(302, Staff.logIn(editor, Staff.ADMIN, Staff.ADMIN_PASSWORD).status());
        Http.Reply topicAdded = BackOffice.submit(
                editor,
                ADMIN_PAGE,
                "topic",
                Map.of("topic:name", "사무실 주제", "topic:slug", "faq-it-office", "topic:consultTopic", "MANAGEMENT"));
        assertTrue(BackOffice.messages(topicAdded).contains("주제를 추가했습니다"), BackOffice.messages(topicAdded));
        FaqTopicRow office = desk.topics().stream()
                .filter(t -> t.slug().equals("faq-it-office"))
                .findFirst()
                .orElseThrow();
        assertEquals("MANAGEMENT", office.consultTopic());

        Http.Reply refused = BackOffice.submit(
                editor, ADMIN_PAGE, "faqQuestion", Map.of("faqQuestion:question", "", "faqQuestion:answer_input", ""));
        String messages = BackOffice.messages(refused);
        assertTrue(messages.contains("주제를 골라 주세요"), messages);
        assertTrue(messages.contains("질문을 입력해 주세요"), messages);
        assertTrue(messages.contains("답변을 입력해 주세요"), messages);
        int before = desk.items().size();

        Http.Reply added = BackOffice.submit(
                editor,
                ADMIN_PAGE,
                "faqQuestion",
                Map.of(
                        "faqQuestion:topicId", String.valueOf(office.id()),
                        "faqQuestion:question", "관리비는 어떻게 정해지나요?",
                        "faqQuestion:answer_input",
                                "<p onclick=\"steal()\">관리기관이 <em>면적</em>에 따라 정합니다.</p><script>alert(1)</script>",
                        "faqQuestion:published", "on"));
        assertTrue(BackOffice.messages(added).contains("질문을 추가했습니다"), BackOffice.messages(added));
        assertEquals(before + 1, desk.items().size());
        FaqItemRow row = desk.items().stream()
                .filter(i -> i.topicId() == office.id())
                .findFirst()
                .orElseThrow();
        String stored = desk.draft(row.id()).getAnswer();
        assertTrue(stored.contains("<em>면적</em>"), stored);
        for (String gone : List.of("<script", "onclick", "alert")) {
            assertFalse(stored.contains(gone), () -> gone + " removed from " + stored);
        }
        Document table = added.html();
        assertNotNull(table.selectFirst("[id='questions:table'] td:contains(관리비는 어떻게 정해지나요)"), table.text());
        assertTrue(reader.get("/faq").html().text().contains("관리비는 어떻게 정해지나요"));

        // back to a draft: gone from the site, and from the search
        Document list = editor.get(ADMIN_PAGE).html();
        String publishButton = buttonOf(list, "관리비는 어떻게 정해지나요", "publish");
        Http.Reply drafted = editor.postForm(
                Forms.action(list, "questions"), Forms.submission(list, "questions", publishButton, Map.of()));
        assertTrue(BackOffice.messages(drafted).contains("임시저장으로 돌렸습니다"), BackOffice.messages(drafted));
        assertFalse(reader.get("/faq").html().text().contains("관리비는 어떻게 정해지나요"));

        // alone in its topic: no move is offered
        Document moved = editor.get(ADMIN_PAGE).html();
        assertTrue(moved.getElementById(buttonOf(moved, "관리비는 어떻게 정해지나요", "up")).hasAttr("disabled"));

        // reorder our own topic's questions: the draft goes up above the published one
        String up = buttonOf(moved, "시험용 초안 질문", "up");
        editor.postForm(Forms.action(moved, "questions"), Forms.submission(moved, "questions", up, Map.of()));
        List<Long> order = desk.items().stream()
                .filter(i -> i.topicId() == topic)
                .map(FaqItemRow::id)
                .toList();
        assertEquals(List.of(draft, published), order);

        Document last = editor.get(ADMIN_PAGE).html();
        String delete = buttonOf(last, "관리비는 어떻게 정해지나요", "delete");
        Http.Reply deleted =
                editor.postForm(Forms.action(last, "questions"), Forms.submission(last, "questions", delete, Map.of()));
        assertTrue(BackOffice.messages(deleted).contains("삭제했습니다"), BackOffice.messages(deleted));
        assertEquals(before, desk.items().size());
    }

    /** The name (as Forms.submission takes it) of a row's button, found by the row's question. */
    private static String buttonOf(Document page, String question, String button) {
        Optional<Element> row = page.select("[id='questions:table'] tbody tr").stream()
                .filter(tr -> tr.text().contains(question))
                .findFirst();
        Element found = row.orElseThrow(() -> new AssertionError(question + " not in " + page.text()))
                .selectFirst("[name$=:" + button + "]");
        assertNotNull(found, row.get().html());
        return found.attr("name").isEmpty() ? found.id() : found.attr("name");
    }
}
