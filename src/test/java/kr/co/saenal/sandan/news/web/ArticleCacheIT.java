package kr.co.saenal.sandan.news.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import kr.co.saenal.sandan.inquiry.Inquiry;
import kr.co.saenal.sandan.inquiry.InquiryRepository;
import kr.co.saenal.sandan.news.CategoryDesk;
import kr.co.saenal.sandan.news.Newsroom;
import kr.co.saenal.sandan.news.PostDraft;
import kr.co.saenal.sandan.news.PublicationState;
import kr.co.saenal.sandan.platform.guard.FormStamps;
import kr.co.saenal.sandan.platform.web.PageCache;
import kr.co.saenal.sandan.testsupport.Deployments;
import kr.co.saenal.sandan.testsupport.Forms;
import kr.co.saenal.sandan.testsupport.Http;
import kr.co.saenal.sandan.testsupport.StatementTally;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The article, the page readers land on, is rendered once for many anonymous readers (the page cache), yet each
 * answer carries values of its own — the script nonce, the two forms' signed stamps, the consultation form's
 * submission key, the reading token — and the forms of a kept page work for every reader. An edit shows at once; a
 * reader who asks for a fresh copy is served the kept page (or a 304), never a render of their own.
 */
@ExtendWith(ArquillianExtension.class)
class ArticleCacheIT {

    private static final AtomicInteger POSTS = new AtomicInteger();
    private static final Pattern POLICY_NONCE = Pattern.compile("'nonce-([^']+)'");
    private static final Pattern RECEIPT = Pattern.compile("접수번호\\s*(\\d+)");
    /** What differs per answer, by where it stands in the page. */
    private static final Map<String, String> PER_ANSWER = Map.of(
            "comment stamp", "input[name=comment:stamp]",
            "consultation stamp", "input[name=quick:stamp]",
            "submission key", "input[name=quick:submissionKey]");

    @Deployment
    static WebArchive deployment() {
        return Deployments.war();
    }

    @Inject
    Newsroom newsroom;

    @Inject
    CategoryDesk categories;

    @Inject
    PageCache pages;

    @Inject
    FormStamps stamps;

    @Inject
    InquiryRepository inquiries;

    private long postId;
    private String path;

    @BeforeEach
    void publishAnArticle() {
        TestArticle article = TestArticle.publish(
                newsroom, categories, "캐시로 읽는 기사 " + POSTS.incrementAndGet(), "<p>공고문은 첨부파일로 내려받을 수 있습니다.</p>");
        postId = article.id();
        path = article.path();
    }

    @AfterEach
    void removeIt() {
        new TestArticle(postId, path).remove(newsroom);
    }

    @Test
    void twoReadersCostOneRenderAndEachGetsStampsKeysAndANonceOfTheirOwn() {
        StatementTally[] answers = twoAnswersWhileFresh(new Http(), new Http());
        StatementTally first = answers[0];
        StatementTally second = answers[1];

        assertTrue(first.statementCount() > 0, "the first reader's answer is rendered");
        assertEquals(0, second.statementCount(), () -> "the second is served the kept page, yet " + second);
        Map<String, String> firstValues = perAnswerValues(first.reply());
        Map<String, String> secondValues = perAnswerValues(second.reply());
        firstValues.forEach((what, value) -> assertNotEquals(value, secondValues.get(what), what + " is not shared"));
        for (String stamp : new String[] {
            secondValues.get("comment stamp"), secondValues.get("consultation stamp"), secondValues.get("reading token")
        }) {
            Instant issued = stamps.issuedAt(stamp, postId).orElseThrow(() -> new AssertionError(stamp + " is ours"));
            assertTrue(
                    Duration.between(issued, Instant.now()).abs().compareTo(Duration.ofMinutes(1)) < 0,
                    "stamped when served, not when rendered: " + issued);
        }
        assertEquals(
                normalized(first.reply().body(), firstValues),
                normalized(second.reply().body(), secondValues),
                "the same page otherwise");
        assertTrue(
                second.reply().body().contains("nonce=\"" + secondValues.get("nonce") + "\""),
                "the page's scripts carry the answer's nonce");
    }

    @Test
    void twoReadersOfOneKeptPageBothSendTheirConsultationRequests() {
        Http firstReader = new Http();
        Http secondReader = new Http();
        StatementTally[] answers = twoAnswersWhileFresh(firstReader, secondReader);
        long before = inquiries.count();

        long firstRequest = sendQuickForm(firstReader, answers[0].reply().html(), "김독자");
        long secondRequest = sendQuickForm(secondReader, answers[1].reply().html(), "박독자");

        assertNotEquals(firstRequest, secondRequest);
        assertEquals(before + 2, inquiries.count(), "neither taken for the other sent twice");
        Inquiry second = inquiries.find(secondRequest).orElseThrow();
        assertEquals("박독자", second.getName());
        assertEquals(Long.valueOf(postId), second.getNewsPostId());
    }

    @Test
    void anEditShowsAtOnce() {
        Http reader = new Http();
        reader.get(path);
        reader.get(path);

        PostDraft edit = PostDraft.of(newsroom.find(postId).orElseThrow());
        edit.setPublication(PublicationState.PUBLISHED);
        edit.setTitle("고친 제목의 기사 " + POSTS.incrementAndGet());
        newsroom.save(postId, edit, "test");

        Http.Reply after = reader.get(path);
        assertEquals(200, after.status(), "the same address: " + after);
        assertEquals(edit.getTitle(), after.html().selectFirst("h1").text());
    }

    @Test
    void aReaderWhoAsksForAFreshCopyIsServedTheKeptPageOrA304() {
        Http reader = new Http();
        StatementTally fresh = null;
        StatementTally revalidated = null;
        for (int attempt = 0; attempt < 3 && fresh == null; attempt++) {
            String etag = reader.get(path).header("ETag").orElseThrow();
            Instant asked = Instant.now();
            StatementTally hardReload =
                    StatementTally.ofGet(reader, path, "Cache-Control", "no-cache", "Pragma", "no-cache");
            StatementTally conditional =
                    StatementTally.ofGet(reader, path, "Cache-Control", "max-age=0", "If-None-Match", etag);
            if (Duration.between(asked, Instant.now()).compareTo(Duration.ofSeconds(2)) < 0) {
                fresh = hardReload;
                revalidated = conditional;
            }
        }
        assumeTrue(fresh != null, "this machine never asked three times within the page's freshness");

        assertEquals(200, fresh.reply().status());
        assertEquals(0, fresh.statementCount(), "no-cache renders nothing: " + fresh);
        assertEquals(304, revalidated.reply().status(), revalidated.reply()::toString);
        assertEquals(0, revalidated.statementCount(), "a 304 from the kept page: " + revalidated);
        assertEquals("", revalidated.reply().body());
    }

    @Test
    void staffPassTheCacheBy() {
        Http reader = new Http();
        reader.get(path);
        assertTrue(StatementTally.ofGet(reader, path, "Cookie", "JSESSIONID=someone")
                        .statementCount()
                > 0);
    }

    /** Two answers of the page to two readers, the second while the first is fresh (a busy machine may retry). */
    private StatementTally[] twoAnswersWhileFresh(Http firstReader, Http secondReader) {
        StatementTally[] answers = null;
        for (int attempt = 0; attempt < 3 && answers == null; attempt++) {
            pages.contentChanged(); // the next reader renders the page
            Instant asked = Instant.now();
            StatementTally first = StatementTally.ofGet(firstReader, path);
            StatementTally second = StatementTally.ofGet(secondReader, path);
            if (Duration.between(asked, Instant.now()).compareTo(Duration.ofSeconds(2)) < 0) {
                answers = new StatementTally[] {first, second};
            }
        }
        // Conclusive only when the second reader came while the page was fresh, as in PageCacheIT.
        assumeTrue(answers != null, "this machine never answered twice within the page's freshness");
        return answers;
    }

    private long sendQuickForm(Http reader, Document page, String name) {
        Map<String, String> typed = new LinkedHashMap<>();
        typed.put("quick:name", name);
        typed.put("quick:phone", "031-613-3060");
        typed.put("quick:email", "reader@example.co.kr");
        typed.put("quick:message", "기사에 나온 지원사업을 상담받고 싶습니다.");
        typed.put("quick:privacyConsent", "on");
        Http.Reply sent = reader.postForm(Forms.action(page, "quick"), Forms.submission(page, "quick", typed));
        assertEquals(302, sent.status(), sent::toString);
        Matcher receipt = RECEIPT.matcher(
                reader.get(sent.header("Location").orElseThrow()).html().text());
        assertTrue(receipt.find(), "a receipt number");
        return Long.parseLong(receipt.group(1));
    }

    private static Map<String, String> perAnswerValues(Http.Reply answer) {
        Document page = answer.html();
        Map<String, String> values = new LinkedHashMap<>();
        PER_ANSWER.forEach((what, css) -> values.put(what, page.selectFirst(css).val()));
        values.put(
                "reading token", page.selectFirst("article[data-reading-token]").attr("data-reading-token"));
        Matcher nonce =
                POLICY_NONCE.matcher(answer.header("Content-Security-Policy").orElseThrow());
        assertTrue(nonce.find(), "the policy names the page's nonce");
        values.put("nonce", nonce.group(1));
        values.values().forEach(value -> assertTrue(value.length() >= 16, "a real value: " + value));
        return values;
    }

    private static String normalized(String body, Map<String, String> values) {
        String normalized = body;
        for (Map.Entry<String, String> value : values.entrySet()) {
            // The stamps and the token are one kind: issued in the same millisecond they are the same text.
            String kind =
                    value.getKey().contains("stamp") || value.getKey().contains("token") ? "stamp" : value.getKey();
            normalized = normalized.replace(value.getValue(), "{" + kind + "}");
        }
        return normalized;
    }
}
