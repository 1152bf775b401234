package kr.co.saenal.sandan.news.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import kr.co.saenal.sandan.news.NewsPost;
import kr.co.saenal.sandan.news.Newsroom;
import kr.co.saenal.sandan.news.PostRevisionRow;
import kr.co.saenal.sandan.platform.KoreanTime;
import kr.co.saenal.sandan.security.Role;
import kr.co.saenal.sandan.testsupport.Deployments;
import kr.co.saenal.sandan.testsupport.Forms;
import kr.co.saenal.sandan.testsupport.Http;
import kr.co.saenal.sandan.testsupport.Staff;
import kr.co.saenal.sandan.testsupport.StaffAccounts;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** An editor runs the news from the back office: writing, sanitizing, scheduling, history, deleting, categories. */
@ExtendWith(ArquillianExtension.class)
class NewsroomPagesIT {

    private static final String EDITOR = "editor-news";
    private static final String EDITOR_PASSWORD = "Editor-News-2026";

    @Deployment
    static WebArchive deployment() {
        return Deployments.war();
    }

    @Inject
    StaffAccounts accounts;

    @Inject
    Newsroom newsroom;

    private Http editor;

    @BeforeEach
    void logInAsEditor() {
        accounts.createOnce(EDITOR, EDITOR_PASSWORD, Role.EDITOR);
        editor = new Http();
        assertEquals(302, Staff.logIn(editor, EDITOR, EDITOR_PASSWORD).status());
    }

    @Test
    void aPublishedPostKeepsItsFormattingButLosesScriptsHandlersAndJavascriptUrls() {
        String body = "<h2>지원 내용</h2><p>올해 <strong>구조고도화</strong> 사업은 <em>두 번</em> 공모합니다.</p>"
                + "<ul><li>첫째 공모</li><li>둘째 공모</li></ul><script>alert('x')</script>"
                + "<p><img src=\"/media/1\" onerror=\"alert('y')\" alt=\"그림\">"
                + "<a href=\"javascript:alert('z')\">위험한 링크</a> <a href=\"https://www.kicox.or.kr/\">공단 누리집</a></p>"
                + "<p style=\"color:red\" onclick=\"steal()\">끝.</p>";
        long id = save(
                null,
                Map.of(
                        "post:title",
                        "구조고도화 공모 안내 (편집 테스트)",
                        "post:summary",
                        "두 차례 공모 일정",
                        "post:body_input",
                        body,
                        "post:publication",
                        "PUBLISHED"));

        String stored = newsroom.find(id).orElseThrow().getBody();
        for (String kept : List.of(
                "<h2>지원 내용</h2>",
                "<strong>구조고도화</strong>",
                "<em>두 번</em>",
                "<li>첫째 공모</li>",
                "src=\"/media/1\"",
                "href=\"https://www.kicox.or.kr/\"")) {
            assertTrue(stored.contains(kept), () -> "kept " + kept + " in " + stored);
        }
        for (String gone : List.of("<script", "alert", "onerror", "onclick", "javascript:", "style=")) {
            assertFalse(stored.contains(gone), () -> "removed " + gone + " from " + stored);
        }

        Http.Reply article = new Http().get("/news/" + id + "/x");
        assertEquals(301, article.status());
        Http.Reply shown = new Http().get(article.header("Location").orElseThrow());
        assertEquals(200, shown.status());
        assertEquals("구조고도화 공모 안내 (편집 테스트)", shown.html().selectFirst("h1").text());
        assertTrue(shown.html().select(".article-body strong").eachText().contains("구조고도화"));
        assertFalse(shown.body().contains("alert("));
    }

    @Test
    void badInputIsExplainedInKoreanAndNothingIsStored() {
        long before = newsroom.count(kr.co.saenal.sandan.news.PostQuery.newestFirst());
        Document form = editor.get("/admin/news/edit").html();
        Http.Reply refused = editor.postForm(
                Forms.action(form, "post"),
                Forms.submission(
                        form,
                        "post",
                        Map.of(
                                "post:title",
                                " ",
                                "post:summary",
                                "",
                                "post:body_input",
                                "<p><br></p><script>x()</script>",
                                "post:categoryId",
                                "",
                                "post:slug",
                                "잘못된 주소!",
                                "post:publication",
                                "SCHEDULED",
                                "post:publishAt",
                                "")));
        assertEquals(200, refused.status());
        String text = refused.html().text();
        for (String message :
                List.of("제목을 입력해 주세요.", "요약을 입력해 주세요.", "본문을 입력해 주세요.", "분류를 골라 주세요.", "예약 게시할 날짜와 시각을 입력해 주세요.")) {
            assertTrue(text.contains(message), () -> message + " in " + text);
        }
        assertEquals(before, newsroom.count(kr.co.saenal.sandan.news.PostQuery.newestFirst()));

        Document again = editor.get("/admin/news/edit").html();
        Http.Reply past = editor.postForm(
                Forms.action(again, "post"),
                Forms.submission(
                        again,
                        "post",
                        Map.of(
                                "post:title",
                                "지난 시각",
                                "post:summary",
                                "요약",
                                "post:body_input",
                                "<p>본문</p>",
                                "post:categoryId",
                                firstCategory(again),
                                "post:publication",
                                "SCHEDULED",
                                "post:publishAt",
                                "2020-01-01T09:00")));
        assertTrue(
                past.html().text().contains("예약 시각은 지금보다 뒤여야 합니다."), past.html().text());
        assertEquals(before, newsroom.count(kr.co.saenal.sandan.news.PostQuery.newestFirst()));
    }

    @Test
    void aScheduledPostBecomesPublicAtItsTime() throws InterruptedException {
        LocalDateTime at = LocalDateTime.now(KoreanTime.ZONE).plusSeconds(6).withNano(0);
        long id = save(
                null,
                Map.of(
                        "post:title",
                        "예약 게시 테스트",
                        "post:summary",
                        "곧 공개됩니다",
                        "post:body_input",
                        "<p>예약한 글</p>",
                        "post:publication",
                        "SCHEDULED",
                        "post:publishAt",
                        at.format(DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss"))));
        try {
            int before = new Http().get("/news/" + id + "/예약-게시-테스트").status();
            // Conclusive only when answered before its time: a slow machine may have taken longer than that already.
            assertTrue(
                    before == 404
                            || !Instant.now()
                                    .isBefore(at.atZone(KoreanTime.ZONE).toInstant()),
                    "not public before its time");
            Document list = editor.get("/admin/news/").html();
            if (Instant.now().isBefore(at.atZone(KoreanTime.ZONE).toInstant())) {
                // answered before its time, so it cannot have been public yet when the list was drawn
                assertTrue(list.select(".state-SCHEDULED").size() >= 1, "the list shows it as scheduled");
            }

            int status = 404;
            for (int i = 0; i < 40 && status != 200; i++) {
                Thread.sleep(500);
                status = new Http().get("/news/" + id + "/예약-게시-테스트").status();
            }
            assertEquals(200, status, "public by itself once its time has come");
        } finally {
            newsroom.delete(id);
        }
    }

    @Test
    void everyChangeIsKeptAndAnEarlierVersionCanBeRestored() {
        long id = save(
                null,
                Map.of(
                        "post:title",
                        "첫 제목",
                        "post:summary",
                        "첫 요약",
                        "post:body_input",
                        "<p>첫 본문</p>",
                        "post:publication",
                        "DRAFT"));
        save(id, Map.of("post:title", "고친 제목", "post:body_input", "<p>고친 본문</p>"));

        List<PostRevisionRow> history = newsroom.history(id);
        assertEquals(2, history.size());
        assertEquals("고친 제목", history.get(0).title());
        assertEquals(EDITOR, history.get(0).editor());

        Document page = editor.get("/admin/news/history?id=" + id).html();
        assertTrue(page.text().contains("첫 제목"), page.text());
        Http.Reply preview = editor.get(
                "/admin/news/preview?id=" + id + "&rev=" + history.get(1).revision());
        assertEquals(200, preview.status());
        assertTrue(preview.html().select(".article-body").text().contains("첫 본문"));

        Http.Reply restored = editor.postForm(
                Forms.action(page, "history"), Forms.submission(page, "history", ":1:restore", Map.of()));
        assertEquals(302, restored.status(), restored::toString);
        NewsPost post = newsroom.find(id).orElseThrow();
        assertEquals("첫 제목", post.getTitle());
        assertEquals("<p>첫 본문</p>", post.getBody());
        assertEquals(3, newsroom.history(id).size(), "restoring is itself a new revision");
        assertTrue(editor.get("/admin/news/history?id=" + id).html().text().contains("되돌렸습니다"));

        Document draftPreview = editor.get("/admin/news/preview?id=" + id).html();
        assertTrue(draftPreview.select(".preview-banner").size() == 1);
        assertEquals(404, new Http().get("/news/" + id + "/x").status(), "a draft is not public");
    }

    @Test
    void deletingAskedForConfirmationRemovesThePostFromTheSite() {
        long id = save(
                null,
                Map.of(
                        "post:title",
                        "지울 글",
                        "post:summary",
                        "곧 지웁니다",
                        "post:body_input",
                        "<p>지울 본문</p>",
                        "post:publication",
                        "PUBLISHED"));
        Document page = editor.get("/admin/news/edit?id=" + id).html();
        assertTrue(
                page.select("script").stream()
                        .anyMatch(
                                script -> script.data()
                                        .contains(
                                                "PrimeFaces.csp.register('delete:confirm','onclick',function(event){PrimeFaces.confirm(")),
                "the button asks before it deletes");

        Http.Reply deleted = editor.postForm(Forms.action(page, "delete"), Forms.submission(page, "delete", Map.of()));
        assertEquals(302, deleted.status(), deleted::toString);
        assertTrue(newsroom.find(id).isEmpty());
        assertTrue(editor.get("/admin/news/").html().text().contains("글을 삭제했습니다"));
        assertEquals(404, new Http().get("/news/" + id + "/x").status());
        assertEquals(404, editor.get("/admin/news/edit?id=" + id).status());
        assertEquals(200, editor.get("/admin/news/history?id=" + id).status(), "the history outlives the post");
    }

    @Test
    void theTableFiltersByStateCategoryAndTitle() {
        save(
                null,
                Map.of(
                        "post:title",
                        "필터 시험 희귀한낱말",
                        "post:summary",
                        "필터",
                        "post:body_input",
                        "<p>필터</p>",
                        "post:publication",
                        "DRAFT"));
        Http.Reply filtered = editor.get("/admin/news/?state=DRAFT&q="
                + java.net.URLEncoder.encode("희귀한낱말", java.nio.charset.StandardCharsets.UTF_8));
        assertEquals(200, filtered.status());
        List<String> titles = filtered.html().select(".post-title").eachText();
        assertEquals(List.of("필터 시험 희귀한낱말"), titles);
        assertEquals(
                "희귀한낱말", filtered.html().selectFirst("#filter-q").val(), "the filter form shows the address's words");
        assertEquals(
                "DRAFT",
                filtered.html().select("#filter-state option[selected]").val());

        Http.Reply published = editor.get("/admin/news/?state=PUBLISHED&q="
                + java.net.URLEncoder.encode("희귀한낱말", java.nio.charset.StandardCharsets.UTF_8));
        assertTrue(published.html().select(".post-title").isEmpty());
        assertEquals(
                200,
                editor.get("/admin/news/?state=NONSENSE&category=x&page=-4&sort=drop&dir=up")
                        .status(),
                "a garbled address shows the table");
    }

    @Test
    void categoriesAreAddedRenamedAndDeletedOnlyWhenEmpty() {
        Document page = editor.get("/admin/news/categories").html();
        Http.Reply added = editor.postForm(
                Forms.action(page, "category"),
                Forms.submission(page, "category", Map.of("category:name", "스마트 시험", "category:slug", "smart-test")));
        assertTrue(
                added.html().text().contains("‘스마트 시험’ 분류를 추가했습니다."),
                added.html().text());
        assertTrue(new Http().get("/").html().select("nav").text().contains("스마트 시험"), "the menu shows it at once");

        Document again = editor.get("/admin/news/categories").html();
        Http.Reply duplicate = editor.postForm(
                Forms.action(again, "category"),
                Forms.submission(again, "category", Map.of("category:name", "겹침", "category:slug", "smart-test")));
        assertTrue(duplicate.html().text().contains("이미 다른 분류가 쓰는 주소입니다."));

        Document withNew = editor.get("/admin/news/categories").html();
        int row = withNew.select("[id='categories:table_data'] tr")
                .eachText()
                .indexOf(withNew.select("[id='categories:table_data'] tr").stream()
                        .filter(tr -> tr.text().contains("스마트 시험"))
                        .findFirst()
                        .orElseThrow()
                        .text());
        Http.Reply deleted = editor.postForm(
                Forms.action(withNew, "categories"),
                Forms.submission(withNew, "categories", ":" + row + ":delete", Map.of()));
        assertTrue(deleted.html().text().contains("분류를 삭제했습니다."), deleted.html().text());
        assertFalse(new Http().get("/").html().select("nav").text().contains("스마트 시험"));

        assertTrue(withNew.select("[id$=':0:delete']").hasAttr("disabled"), "a category with posts cannot be deleted");
    }

    @Test
    void consultantsCannotEditNews() {
        accounts.createOnce("consultant-news", "Consultant-News-1", Role.CONSULTANT);
        Http consultant = new Http();
        Staff.logIn(consultant, "consultant-news", "Consultant-News-1");
        for (String path : List.of(
                "/admin/news/",
                "/admin/news/edit",
                "/admin/news/categories",
                "/admin/news/history?id=1",
                "/admin/news/preview?id=1")) {
            assertEquals(403, consultant.get(path).status(), path);
        }
        assertFalse(consultant.get("/admin/").html().select(".admin-nav").text().contains("뉴스"));
        assertEquals(302, new Http().get("/admin/news/").status(), "anonymous visitors are sent to the login page");
    }

    /** Opens the editor (new post or existing), fills in the fields given and saves; returns the post's id. */
    private long save(Long id, Map<String, String> typed) {
        Document form =
                editor.get("/admin/news/edit" + (id == null ? "" : "?id=" + id)).html();
        Map<String, String> fields = new HashMap<>(typed);
        fields.putIfAbsent("post:categoryId", firstCategory(form));
        Http.Reply saved = editor.postForm(Forms.action(form, "post"), Forms.submission(form, "post", fields));
        assertEquals(
                302,
                saved.status(),
                () -> saved.html().select(".field-error, .page-messages").text());
        String location = saved.header("Location").orElseThrow();
        return Long.parseLong(location.substring(location.indexOf("id=") + 3));
    }

    private static String firstCategory(Document form) {
        return form.select("[id='post:categoryId'] option[value]").stream()
                .map(o -> o.val())
                .filter(v -> !v.isEmpty())
                .findFirst()
                .orElseThrow();
    }
}
