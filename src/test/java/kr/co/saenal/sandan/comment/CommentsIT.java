package kr.co.saenal.sandan.comment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import kr.co.saenal.sandan.news.CategoryDesk;
import kr.co.saenal.sandan.news.Newsroom;
import kr.co.saenal.sandan.news.PostDraft;
import kr.co.saenal.sandan.news.PublicationState;
import kr.co.saenal.sandan.security.Role;
import kr.co.saenal.sandan.testsupport.BackOffice;
import kr.co.saenal.sandan.testsupport.Deployments;
import kr.co.saenal.sandan.testsupport.Forms;
import kr.co.saenal.sandan.testsupport.Http;
import kr.co.saenal.sandan.testsupport.Staff;
import kr.co.saenal.sandan.testsupport.StaffAccounts;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Readers comment under an article; bots are turned away quietly; editors approve, reject and delete comments. */
@ExtendWith(ArquillianExtension.class)
class CommentsIT {

    private static final String EDITOR = "editor-comments";
    private static final String EDITOR_PASSWORD = "Editor-Comments-2026";
    private static final String CONSULTANT = "consultant-comments";
    private static final String CONSULTANT_PASSWORD = "Consultant-Comments-2026";
    private static final AtomicInteger POSTS = new AtomicInteger();

    @Deployment
    static WebArchive deployment() {
        return Deployments.war();
    }

    @Inject
    Newsroom newsroom;

    @Inject
    CategoryDesk categories;

    @Inject
    CommentPolicyService policies;

    @Inject
    CommentLedger ledger;

    @Inject
    StaffAccounts accounts;

    private final Http reader = new Http();
    private long postId;
    private String postPath;

    @BeforeEach
    void publishAnArticle() {
        usePolicy(true, 1, 1000);
        PostDraft draft = new PostDraft();
        draft.setTitle("댓글 시험 기사 " + POSTS.incrementAndGet());
        draft.setSummary("댓글을 시험하는 기사");
        draft.setBody("<p>독자 의견을 기다립니다.</p>");
        draft.setCategoryId(categories.list().get(0).id());
        draft.setAuthorName("편집팀");
        draft.setPublication(PublicationState.PUBLISHED);
        postId = newsroom.save(null, draft, "test");
        Http.Reply redirect = reader.get("/news/" + postId);
        postPath = redirect.header("Location").orElseThrow(() -> new AssertionError(redirect.toString()));
    }

    @AfterEach
    void restoreDefaults() {
        policies.change(CommentPolicy.DEFAULT, "test");
        if (newsroom.find(postId).isPresent()) {
            newsroom.delete(postId);
        }
    }

    @Test
    void aCommentWaitsForReviewAndIsShownAndCountedOnlyOnceAnEditorApprovesIt() {
        Http.Reply sent = comment(reader, "산단지킴이", "구조고도화 설명회 일정도 알려 주세요.");

        assertEquals(302, sent.status(), sent::toString);
        String location = sent.header("Location").orElseThrow();
        assertTrue(location.endsWith(postPath + "?comment=received#comments"), location);
        Document after = reader.get(location).html();
        assertTrue(after.select(".comment-notice").text().contains("검토한 뒤 게시됩니다"), after.text());
        assertTrue(after.select(".comment-body").isEmpty(), "not shown while pending");
        assertEquals("0", after.selectFirst("#comments-title .comment-count").text());
        assertEquals("0", after.selectFirst(".news-meta .comment-count").text(), "not counted while pending");
        assertEquals(CommentState.PENDING, ledger.under(postId).get(0).getState());

        Http editor = editor();
        Document queue = editor.get("/admin/news/comments").html();
        assertTrue(
                Integer.parseInt(queue.selectFirst(".admin-nav .nav-badge").text()) >= 1,
                "the menu shows pending comments");
        Element row = rowWith(queue, "구조고도화 설명회 일정도 알려 주세요.");
        assertEquals("검토 대기", row.selectFirst(".state").text());
        assertEquals(postPath, row.selectFirst("a.post-title").attr("href"), "the article is linked");
        assertNotNull(
                queue.selectFirst("button[name=comments:approveShown]"),
                "pending comments on the page can be approved at once");
        Http.Reply approved = editor.postForm(
                Forms.action(queue, "comments"), Forms.submission(queue, "comments", button(row, "approve"), Map.of()));
        assertEquals(200, approved.status(), approved::toString);
        assertTrue(BackOffice.messages(approved).contains("댓글을 승인했습니다"), BackOffice.messages(approved));
        assertEquals(CommentState.APPROVED, ledger.under(postId).get(0).getState());
        assertEquals(EDITOR, ledger.under(postId).get(0).getModeratedBy());

        Document shown = reader.get(postPath).html();
        assertEquals(
                List.of("구조고도화 설명회 일정도 알려 주세요."), shown.select(".comment-body").eachText());
        assertEquals("산단지킴이", shown.selectFirst(".comment-author").text());
        assertTrue(
                shown.selectFirst(".comment-head time")
                        .text()
                        .matches("\\d{4}년 \\d{1,2}월 \\d{1,2}일 오[전후] \\d{1,2}:\\d{2}"),
                shown.selectFirst(".comment-head time").text());
        assertEquals("1", shown.selectFirst("#comments-title .comment-count").text());
        assertEquals("1", shown.selectFirst(".news-meta .comment-count").text());
    }

    @Test
    void rejectedAndDeletedCommentsAreNotShownAndApprovedOnesReadOldestFirst() {
        usePolicy(false, 1, 1000);
        comment(reader, "첫째", "먼저 쓴 댓글");
        comment(reader, "둘째", "나중에 쓴 댓글");
        comment(reader, "셋째", "거절될 댓글");
        comment(reader, "넷째", "지워질 댓글");

        Http editor = editor();
        Document queue = editor.get("/admin/news/comments").html();
        Http.Reply rejected = editor.postForm(
                Forms.action(queue, "comments"),
                Forms.submission(queue, "comments", button(rowWith(queue, "거절될 댓글"), "reject"), Map.of()));
        assertTrue(BackOffice.messages(rejected).contains("댓글을 거절했습니다"), BackOffice.messages(rejected));
        Document again = rejected.html();
        Element toDelete = rowWith(again, "지워질 댓글");
        assertNotNull(toDelete.selectFirst("[id$=delete]"));
        assertTrue(
                again.select("script").stream().anyMatch(s -> s.data().contains("PrimeFaces.confirm(")),
                "deleting asks first");
        Http.Reply deleted = editor.postForm(
                Forms.action(again, "comments"),
                Forms.submission(again, "comments", button(toDelete, "delete"), Map.of()));
        assertTrue(BackOffice.messages(deleted).contains("댓글을 삭제했습니다"), BackOffice.messages(deleted));

        Document shown = reader.get(postPath).html();
        assertEquals(
                List.of("먼저 쓴 댓글", "나중에 쓴 댓글"), shown.select(".comment-body").eachText());
        assertEquals("2", shown.selectFirst(".news-meta .comment-count").text());
        assertEquals(3, ledger.under(postId).size(), "the rejected comment is kept, the deleted one is gone");
    }

    @Test
    void anEditorApprovesEveryPendingCommentOfAPageAtOnce() {
        comment(reader, "가", "한꺼번에 승인할 첫 댓글");
        comment(reader, "나", "한꺼번에 승인할 둘째 댓글");

        Http editor = editor();
        Document queue = editor.get("/admin/news/comments").html();
        Http.Reply approved = editor.postForm(
                Forms.action(queue, "comments"),
                Forms.submission(queue, "comments", "comments:approveShown", Map.of()));

        assertTrue(BackOffice.messages(approved).contains("개를 승인했습니다"), BackOffice.messages(approved));
        assertTrue(ledger.under(postId).stream().allMatch(c -> c.getState() == CommentState.APPROVED));
        assertEquals(2, reader.get(postPath).html().select(".comment-body").size());
    }

    @Test
    void withModerationOffACommentAppearsAtOnce() {
        usePolicy(false, 1, 1000);
        Http.Reply sent = comment(reader, "이대리", "좋은 정보 감사합니다.");

        assertTrue(sent.header("Location").orElseThrow().endsWith("?comment=published#comments"), sent::toString);
        Document shown = reader.get(sent.header("Location").orElseThrow()).html();
        assertTrue(shown.select(".comment-notice").text().contains("댓글이 게시되었습니다"));
        assertEquals(List.of("좋은 정보 감사합니다."), shown.select(".comment-body").eachText());
        assertEquals("1", shown.selectFirst(".news-meta .comment-count").text());
    }

    @Test
    void botsAreAnsweredLikePeopleButNothingIsStored() {
        Document page = reader.get(postPath).html();
        Element trap = page.getElementById("comment:website");
        assertTrue(
                trap.parent().hasClass("hp-field")
                        && trap.parent().attr("aria-hidden").equals("true"),
                "the honeypot is hidden from people");
        pause();
        Http.Reply honey = reader.postForm(
                Forms.action(page, "comment"),
                Forms.submission(
                        page,
                        "comment",
                        Map.of(
                                "comment:name",
                                "광고봇",
                                "comment:text",
                                "싸게 팝니다",
                                "comment:website",
                                "https://spam.example")));
        assertEquals(302, honey.status(), honey::toString);
        assertTrue(honey.header("Location").orElseThrow().endsWith("?comment=received#comments"));

        usePolicy(true, 60, 1000);
        Http.Reply tooFast = comment(reader, "빠른봇", "순식간에 쓴 댓글");
        assertEquals(302, tooFast.status(), tooFast::toString);
        assertTrue(tooFast.header("Location").orElseThrow().endsWith("?comment=received#comments"));

        Http.Reply noStamp = reader.postForm(
                Forms.action(page, "comment"),
                Forms.submission(
                        page,
                        "comment",
                        Map.of("comment:name", "위조봇", "comment:text", "위조한 시각", "comment:stamp", "1.forged")));
        assertEquals(302, noStamp.status(), noStamp::toString);

        assertTrue(ledger.under(postId).isEmpty(), "nothing stored");
    }

    @Test
    void tooManyCommentsFromOneAddressAreRefusedInKorean() {
        long recent = ledger.fromAddressSince("127.0.0.1", Instant.now().minus(Duration.ofMinutes(10)));
        usePolicy(true, 1, (int) recent + 2);

        assertEquals(302, comment(reader, "열성독자", "첫 번째 의견").status());
        assertEquals(302, comment(reader, "열성독자", "두 번째 의견").status());
        Http.Reply third = comment(reader, "열성독자", "세 번째 의견");

        assertEquals(200, third.status(), third::toString);
        String alert = third.html().select("#comment .form-alert").text();
        assertTrue(alert.contains("댓글을 너무 자주 남기셨습니다"), third.html().text());
        assertEquals("세 번째 의견", third.html().getElementById("comment:text").val(), "what was typed is kept");
        assertEquals(2, ledger.under(postId).size());
    }

    @Test
    void htmlAndControlCharactersNeverReachThePageAsMarkup() {
        usePolicy(false, 1, 1000);
        String text =
                "<script>alert('x')</script>\r\n<b>굵게</b> <a href=\"https://spam.example\">링크</a>\u0007\u202E\n\n\n\n끝";
        comment(reader, "<img src=x onerror=alert(1)>", text);

        Comment stored = ledger.under(postId).get(0);
        assertEquals(
                "<script>alert('x')</script>\n<b>굵게</b> <a href=\"https://spam.example\">링크</a>\n\n끝",
                stored.getBody(),
                "plain text: line breaks kept, control characters gone");
        Http.Reply article = reader.get(postPath);
        Document page = article.html();
        Element body = page.selectFirst(".comment-body");
        assertEquals(
                stored.getBody().replace("\n", " ").replaceAll(" +", " "),
                body.text().replaceAll(" +", " "));
        assertTrue(body.children().isEmpty(), "no element inside the comment");
        assertTrue(page.selectFirst(".comment-author").children().isEmpty());
        assertEquals(
                "<img src=x onerror=alert(1)>",
                page.selectFirst(".comment-author").text());
        assertFalse(article.body().contains("<script>alert('x')"));
        assertFalse(article.body().contains("<img src=x"));
        assertTrue(article.body().contains("&lt;script"), "shown as text");
        assertTrue(page.select("#comments a[href^=https://spam]").isEmpty(), "links are not clickable");

        Document queue = editor().get("/admin/news/comments").html();
        Element row = rowWith(queue, stored.getBody().replace("\n", " ").replaceAll(" +", " "));
        assertTrue(row.select("img, b, a[href^=https://spam]").isEmpty(), "the queue shows the text, not markup");
        assertTrue(queue.select("script").stream().noneMatch(s -> s.data().contains("alert('x')")));
    }

    @Test
    void emptyOrTooLongInputIsExplainedInKoreanAndNothingIsStored() {
        Http.Reply empty = comment(reader, "  ", "\n \n");
        assertEquals(200, empty.status(), empty::toString);
        String errors = empty.html().select("#comment .field-error").text();
        assertTrue(errors.contains("이름을 입력해 주세요."), errors);
        assertTrue(errors.contains("댓글 내용을 입력해 주세요."), errors);

        Http.Reply tooLong = comment(reader, "가".repeat(31), "나".repeat(1001));
        String more = tooLong.html().select("#comment .field-error").text();
        assertTrue(more.contains("이름은 30자 이내로 입력해 주세요."), more);
        assertTrue(more.contains("댓글은 1000자 이내로 입력해 주세요."), more);
        assertTrue(
                tooLong.html()
                        .select(".cs-center .form-alert, #quick .form-alert")
                        .isEmpty(),
                "the consultation form below is left alone");

        assertTrue(ledger.under(postId).isEmpty());
    }

    @Test
    void underTheEnglishPagesARefusedCommentIsExplainedInEnglish() {
        assertEquals(
                "en",
                reader.get(postPath + "?lang=en").html().selectFirst("html").attr("lang"));

        Http.Reply empty = comment(reader, "  ", "\n \n");
        assertEquals(200, empty.status(), empty::toString);
        String errors = empty.html().select("#comment .field-error").text();
        assertTrue(errors.contains("Please enter your name."), errors);
        assertTrue(errors.contains("Please write your comment."), errors);
        String more = comment(reader, "가".repeat(31), "나".repeat(1001))
                .html()
                .select("#comment .field-error")
                .text();
        assertTrue(more.contains("Your name can be at most 30 characters long."), more);
        assertTrue(more.contains("A comment can be at most 1,000 characters long; yours has 1,001."), more);

        reader.get(postPath + "?lang=ko");
        String korean = comment(reader, "  ", "\n")
                .html()
                .select("#comment .field-error")
                .text();
        assertTrue(korean.contains("이름을 입력해 주세요."), korean);
        assertTrue(ledger.under(postId).isEmpty());
    }

    @Test
    void readingAnArticleAndCommentingCreateNoSession() {
        Http.Reply read = reader.get(postPath);
        assertTrue(
                read.headers("Set-Cookie").stream().noneMatch(c -> c.startsWith("JSESSIONID")),
                read.headers("Set-Cookie")::toString);
        Http.Reply sent = comment(reader, "세션없음", "상태 없는 댓글");
        assertEquals(302, sent.status());
        assertTrue(
                sent.headers("Set-Cookie").stream().noneMatch(c -> c.startsWith("JSESSIONID")),
                sent.headers("Set-Cookie")::toString);
        Http.Reply refused = comment(reader, "", "");
        assertEquals(200, refused.status());
        assertTrue(reader.cookie("JSESSIONID").isEmpty(), "no session at all");
        assertTrue(
                read.html()
                        .select("#comment input[name=jakarta.faces.ViewState]")
                        .val()
                        .equals("stateless"),
                "the article is a transient view");
    }

    @Test
    void onlyEditorsAndAdministratorsModerate() {
        accounts.createOnce(CONSULTANT, CONSULTANT_PASSWORD, Role.CONSULTANT);
        Http consultant = new Http();
        assertEquals(
                302, Staff.logIn(consultant, CONSULTANT, CONSULTANT_PASSWORD).status());
        assertEquals(403, consultant.get("/admin/news/comments").status());
        assertTrue(
                consultant
                        .get("/admin/")
                        .html()
                        .select("a[href$=/admin/news/comments]")
                        .isEmpty(),
                "no menu link");
        assertEquals(302, new Http().get("/admin/news/comments").status(), "anonymous visitors are sent to the login");
        assertEquals(200, editor().get("/admin/news/comments").status());
    }

    @Test
    void deletingAPostTakesItsCommentsWithIt() {
        usePolicy(false, 1, 1000);
        comment(reader, "독자", "곧 사라질 기사");
        comment(reader, "독자", "에 남긴 댓글");
        assertEquals(2, ledger.countUnderWithNativeQuery(postId));

        newsroom.delete(postId);

        assertTrue(newsroom.find(postId).isEmpty());
        assertEquals(0, ledger.countUnderWithNativeQuery(postId));
        assertEquals(404, reader.get(postPath).status());
    }

    @Test
    void anAdministratorSwitchesModerationOffAndOnInTheSettings() {
        Http admin = new Http();
        assertEquals(302, Staff.logIn(admin, Staff.ADMIN, Staff.ADMIN_PASSWORD).status());
        Document page = admin.get("/admin/system/settings").html();
        assertTrue(page.getElementById("commentSettings:moderation").hasAttr("checked"));
        Map<String, String> off = Forms.submission(page, "commentSettings", Map.of("commentSettings:rateLimit", "5"));
        off.remove("commentSettings:moderation");
        Http.Reply saved = admin.postForm(Forms.action(page, "commentSettings"), off);
        assertTrue(BackOffice.messages(saved).contains("새 댓글은 바로 게시됩니다"), BackOffice.messages(saved));
        assertEquals(new CommentPolicy(false, 1, 5, 10), policies.current());

        Http.Reply refused = BackOffice.submit(
                admin, "/admin/system/settings", "commentSettings", Map.of("commentSettings:rateWindowMinutes", "0"));
        assertTrue(
                BackOffice.messages(refused).contains("제한 시간은 1분에서 1440분(하루) 사이로 정해 주세요."),
                BackOffice.messages(refused));
        assertEquals(10, policies.current().rateWindowMinutes());
    }

    // --- helpers ---

    /** Opens the article, waits past the minimum fill time, fills in the comment form and sends it. */
    private Http.Reply comment(Http visitor, String name, String text) {
        Document page = visitor.get(postPath).html();
        if (policies.current().minFillSeconds() < 10) {
            pause();
        }
        return visitor.postForm(
                Forms.action(page, "comment"),
                Forms.submission(page, "comment", Map.of("comment:name", name, "comment:text", text)));
    }

    private void usePolicy(boolean moderation, int minFillSeconds, int rateLimit) {
        policies.change(new CommentPolicy(moderation, minFillSeconds, rateLimit, 10), "test");
    }

    private static void pause() {
        try {
            Thread.sleep(1100);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private Http editor() {
        accounts.createOnce(EDITOR, EDITOR_PASSWORD, Role.EDITOR);
        Http editor = new Http();
        assertEquals(302, Staff.logIn(editor, EDITOR, EDITOR_PASSWORD).status());
        return editor;
    }

    private static Element rowWith(Document queue, String text) {
        return queue.select("#comments\\:table tbody tr").stream()
                .filter(tr ->
                        tr.select(".comment-text").text().replaceAll(" +", " ").equals(text))
                .findFirst()
                .orElseThrow(() -> new AssertionError("No row with " + text + " in " + queue.text()));
    }

    private static String button(Element row, String action) {
        Element button = row.selectFirst("button[name$=:" + action + "], input[type=submit][name$=:" + action + "]");
        if (button == null) {
            throw new AssertionError("No " + action + " button in " + row);
        }
        return button.attr("name");
    }
}
