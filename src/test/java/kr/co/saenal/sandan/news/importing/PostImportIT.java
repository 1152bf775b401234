package kr.co.saenal.sandan.news.importing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import kr.co.saenal.sandan.comment.CommentDesk;
import kr.co.saenal.sandan.comment.PublishedComment;
import kr.co.saenal.sandan.news.ArticlePaths;
import kr.co.saenal.sandan.news.CategoryDesk;
import kr.co.saenal.sandan.news.CategoryRow;
import kr.co.saenal.sandan.news.NewsPost;
import kr.co.saenal.sandan.news.Newsroom;
import kr.co.saenal.sandan.news.PostQuery;
import kr.co.saenal.sandan.news.PostRow;
import kr.co.saenal.sandan.news.RedirectRow;
import kr.co.saenal.sandan.news.Redirects;
import kr.co.saenal.sandan.security.Role;
import kr.co.saenal.sandan.testsupport.Deployments;
import kr.co.saenal.sandan.testsupport.Forms;
import kr.co.saenal.sandan.testsupport.Http;
import kr.co.saenal.sandan.testsupport.LongTaskPages;
import kr.co.saenal.sandan.testsupport.Staff;
import kr.co.saenal.sandan.testsupport.StaffAccounts;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * An editor imports the old site at /admin/news/import over real HTTP, and old addresses answer 301: a WordPress
 * export of 50 posts built here in the demo posts' shape (Korean slugs percent-encoded as WordPress writes them,
 * scripts and event handlers in the bodies, pictures the test deployment serves, one on an address nobody answers)
 * creates 50 posts once, whatever the number of imports; the report names the picture it could not fetch; every old
 * link and guid (path, and full URL on the old host) answers 301 to its article. Also an RSS 2.0 feed, refused files
 * (nothing written), a published post's new slug, and the redirects page with its refusals and hit counts.
 */
@ExtendWith(ArquillianExtension.class)
class PostImportIT {

    private static final String IMPORT = "/admin/news/import";
    private static final String REDIRECTS = "/admin/news/redirects";
    private static final String EDITOR = "editor-import";
    private static final String EDITOR_PASSWORD = "Editor-Import-2026";
    private static final String UNREACHABLE = "http://127.0.0.1:1/wp-content/uploads/2025/03/없는-사진.jpg";

    @Deployment
    static WebArchive deployment() {
        return Deployments.war();
    }

    @Inject
    StaffAccounts accounts;

    @Inject
    Newsroom newsroom;

    @Inject
    CommentDesk comments;

    @Inject
    CategoryDesk categories;

    @Inject
    Redirects redirects;

    @Inject
    PostImport imports;

    private Http editor;

    @BeforeEach
    void logInAsEditor() {
        accounts.createOnce(EDITOR, EDITOR_PASSWORD, Role.EDITOR);
        editor = new Http();
        assertEquals(302, Staff.logIn(editor, EDITOR, EDITOR_PASSWORD).status());
    }

    @Test
    void aWordPressExportOf50PostsIsImportedOnceAndEveryOldAddressAnswers301() {
        String run = run();
        List<OldSiteExport.Post> old = OldSiteExport.posts(run, 50, Http.BASE + "/test-old-site", UNREACHABLE, 7);
        byte[] file = OldSiteExport.wxr(old).getBytes(StandardCharsets.UTF_8);

        Document preview = upload("wordpress.2025-03-10.xml", file).html();
        assertEquals("", errors(preview), preview.text());
        assertEquals("워드프레스 내보내기 (WXR)", preview.getElementById("preview-kind").text());
        Map<String, String> counts = counts(preview);
        assertEquals("52", counts.get("items"));
        assertEquals("50", counts.get("posts"));
        assertEquals("50", counts.get("new"));
        assertEquals("0", counts.get("known"));
        assertEquals("45", counts.get("published"));
        assertEquals("5", counts.get("drafts"));
        assertEquals("50", counts.get("images"));
        assertEquals("2", counts.get("comments"), "the spam comment stays behind");
        assertEquals("2", counts.get("notPosts"), "a page and an attachment");
        assertTrue(preview.getElementById("preview-authors").text().contains("김산단 기자 (50)"));
        assertTrue(preview.getElementById("preview-hosts").text().contains("127.0.0.1 (50)"));
        String policy = categoryId("policy");
        String sandanNews = categoryId("sandan-news");
        Element industry = mappingSelect(preview, "산업 뉴스");
        assertEquals("", selected(industry), "no category of ours is called 산업 뉴스");
        assertEquals(policy, selected(mappingSelect(preview, "정책·공모사업")), "same slug");

        Map<String, String> typed = Map.of(industry.attr("name"), sandanNews);
        Http.Reply imported = LongTaskPages.followed(
                editor,
                editor.postForm(Forms.action(preview, "preview"), Forms.submission(preview, "preview", "run", typed)));
        assertEquals(302, imported.status(), () -> errors(imported.html()) + imported);
        Document report = editor.get(imported.header("Location").orElseThrow()).html();
        Map<String, String> done = counts(report.getElementById("report"));
        assertEquals("50", done.get("posts"));
        assertEquals("49", done.get("images"));
        assertEquals("1", done.get("failed"));
        assertEquals("2", done.get("comments"));
        String failed = report.getElementById("failed-images").text();
        assertTrue(failed.contains(UNREACHABLE) || failed.contains("127.0.0.1:1/wp-content"), failed);
        assertTrue(failed.contains("연결할 수 없습니다."), failed);

        assertEquals(50, count(run), "50 posts");
        for (OldSiteExport.Post post : old) {
            PostRow row = row(run, post.title());
            String article = ArticlePaths.of(row.id(), row.slug());
            assertEquals(post.slug(), row.slug(), "the Korean slug is kept, decoded");
            assertRedirect(post.linkPath(), article);
            assertRedirect(post.guid().substring(OldSiteExport.OLD.length()), article);
            assertRedirect(capitals(post.linkPath()), article);
            String category = row.categoryName();
            assertEquals(
                    switch (post.number() % 3) {
                        case 0 -> "정책·공모사업";
                        case 1 -> "개발·조성";
                        default -> "산단 소식";
                    },
                    category,
                    post.title());
            if (post.published()) {
                assertPublishedAsImported(post, article);
            }
        }
        OldSiteExport.Post first = old.get(0);
        String firstArticle = ArticlePaths.of(row(run, first.title()).id(), first.slug());
        Raw onOldHost = rawGet(first.linkPath(), OldSiteExport.HOST);
        assertEquals(301, onOldHost.status(), "the old host name pointed at the site");
        assertTrue(onOldHost.location().endsWith(firstArticle), onOldHost.location());
        Raw absolute = rawGet(first.link(), OldSiteExport.HOST);
        assertEquals(301, absolute.status(), "a request naming the full old URL");
        assertTrue(absolute.location().endsWith(firstArticle), absolute.location());

        List<PublishedComment> approved =
                comments.approved(row(run, first.title()).id());
        assertEquals(
                List.of("박독자", "이입주"),
                approved.stream().map(PublishedComment::authorName).sorted().toList());
        assertTrue(approved.stream().anyMatch(c -> c.body().equals("좋은 정보 감사합니다. 링크")), approved::toString);

        // the same file again: the preview says every post was imported, and an import creates nothing
        Document again = upload("wordpress.2025-03-10.xml", file).html();
        assertEquals("0", counts(again).get("new"));
        assertEquals("50", counts(again).get("known"));
        assertTrue(again.getElementById("preview:run").hasAttr("disabled"));
        ImportSummary twice = imports.run("wordpress.2025-03-10.xml", file, Map.of(), Long.valueOf(policy), EDITOR);
        assertEquals(0, twice.postsCreated());
        assertEquals(50, twice.itemsSkipped());
        assertEquals(0, twice.imagesStored() + twice.imagesFailed(), "no picture is fetched again");
        assertEquals(50, count(run), "still 50 posts");
        assertEquals(2, comments.approved(row(run, first.title()).id()).size());
    }

    @Test
    void anImportLongerThanASecondShowsItsProgressToWhoStartedItAndEndsOnItsReport() {
        String run = run();
        String held = Http.BASE + "/test-old-site/held/" + run;
        byte[] file = OldSiteExport.wxr(OldSiteExport.posts(run, 3, held, UNREACHABLE, 0))
                .getBytes(StandardCharsets.UTF_8);
        Document preview = upload("slow.xml", file).html();
        assertEquals("3", counts(preview).get("images"));

        Http.Reply started = editor.postForm(
                Forms.action(preview, "preview"), Forms.submission(preview, "preview", "run", Map.of()));
        assertTrue(
                LongTaskPages.toTask(started),
                "the pictures are held: the import goes on beside the request " + started);
        String task = started.header("Location").orElseThrow();

        Document progress = editor.get(task).html();
        assertEquals("글 가져오기 · slow.xml", progress.selectFirst("h1").text());
        assertEquals("사진을 가져오는 중", progress.selectFirst(".task-step").text(), progress.text());
        assertEquals("3", progress.selectFirst(".task-count .total").text());
        assertNotNull(progress.selectFirst(".task-bar"), "a progress bar");
        assertNotNull(progress.selectFirst("noscript meta[http-equiv=refresh]"), "it reloads itself without script");
        assertEquals(0, count(run), "nothing is stored before the import ends");

        accounts.createOnce(EDITOR + "-2", EDITOR_PASSWORD + "-2", Role.EDITOR);
        Http other = new Http();
        Staff.logIn(other, EDITOR + "-2", EDITOR_PASSWORD + "-2");
        assertEquals(404, other.get(task).status(), "another editor does not see it");
        assertEquals(
                404, editor.get(LongTaskPages.PAGE + "?id=" + UUID.randomUUID()).status());
        Http admin = new Http();
        Staff.logIn(admin, Staff.ADMIN, Staff.ADMIN_PASSWORD);
        assertEquals(200, admin.get(task).status(), "an administrator does");

        assertEquals(204, new Http().get("/test-old-site/release/" + run).status());
        Http.Reply ended = LongTaskPages.followed(editor, started);
        String report = ended.header("Location").orElseThrow();
        assertTrue(report.contains(IMPORT + "?report="), report);
        Map<String, String> done = counts(editor.get(report).html().getElementById("report"));
        assertEquals("3", done.get("posts"));
        assertEquals("3", done.get("images"));
        assertEquals(3, count(run));
        assertEquals(302, editor.get(task).status(), "the task's page keeps leading to the report");
    }

    @Test
    void anRssFeedIsImportedWithItsBylinesAndLinks() {
        String run = run();
        Document preview = upload("feed.rss", OldSiteExport.rss(run).getBytes(StandardCharsets.UTF_8))
                .html();
        assertEquals("", errors(preview), preview.text());
        assertEquals("RSS 2.0", preview.getElementById("preview-kind").text());
        assertEquals("3", counts(preview).get("new"));
        assertEquals(categoryId("sandan-news"), selected(mappingSelect(preview, "산단 소식")), "same name");
        Http.Reply imported = LongTaskPages.followed(
                editor,
                editor.postForm(
                        Forms.action(preview, "preview"), Forms.submission(preview, "preview", "run", Map.of())));
        assertEquals(302, imported.status(), () -> errors(imported.html()));
        assertEquals(3, count(run));
        PostRow row = row(run, OldSiteExport.MARK + " " + run + " RSS 2");
        String article = ArticlePaths.of(row.id(), row.slug());
        assertRedirect("/board/view/" + run + "-2", article);
        Document page = new Http().get(article).html();
        assertTrue(page.text().contains("이소식 기자"), "the byline from <author>");
        assertTrue(page.selectFirst(".article-body").text().contains("산업단지 뉴스레터 2호"));
        assertFalse(page.selectFirst(".article-body").html().contains("script"));
        assertEquals(
                Instant.parse("2025-03-04T00:30:00Z"),
                newsroom.find(row.id()).map(NewsPost::getPublishedAt).orElseThrow());
    }

    @Test
    void aFileThatCannotBeReadIsRefusedInKoreanAndNothingIsWritten() {
        long posts = newsroom.count(PostQuery.newestFirst());
        int redirectCount = redirects.list().size();
        int importCount = imports.history(1000).size();
        String broken = OldSiteExport.wxr(OldSiteExport.posts(run(), 3, Http.BASE + "/test-old-site", UNREACHABLE, 0))
                .replace("</channel>", "<item><title>끝나지 않은 항목</title>");
        Map<String, String> refusals = Map.of(
                "broken.xml", "XML 형식이 올바르지 않아 읽을 수 없습니다",
                "xxe.xml", "DTD나 엔티티 선언이 든 XML은 안전을 위해 읽지 않습니다",
                "atom.xml", "워드프레스 내보내기(WXR)나 RSS 2.0 파일이 아닙니다(첫 요소: feed)");
        Map<String, String> files = Map.of(
                "broken.xml",
                broken,
                "xxe.xml",
                "<?xml version=\"1.0\"?><!DOCTYPE rss [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>"
                        + "<rss version=\"2.0\"><channel><item><title>&xxe;</title></item></channel></rss>",
                "atom.xml",
                "<?xml version=\"1.0\"?><feed xmlns=\"http://www.w3.org/2005/Atom\"><title>x</title></feed>");
        for (Map.Entry<String, String> file : files.entrySet()) {
            Http.Reply refused = upload(file.getKey(), file.getValue().getBytes(StandardCharsets.UTF_8));
            assertEquals(200, refused.status());
            String message = refused.html().select("[id='upload'] .field-error").text();
            assertTrue(message.contains(refusals.get(file.getKey())), file.getKey() + ": " + message);
            assertTrue(message.contains("아무것도 가져오지 않았습니다"), message);
            assertNull(refused.html().getElementById("preview"), "no preview of a refused file");
            Http.assertNoInternals(refused);
        }
        assertEquals(posts, newsroom.count(PostQuery.newestFirst()));
        assertEquals(redirectCount, redirects.list().size());
        assertEquals(importCount, imports.history(1000).size());
    }

    @Test
    void aPublishedPostsNewSlugLeavesItsOldAddressRedirectingAndCountsHits() throws Exception {
        String run = run();
        byte[] file = OldSiteExport.wxr(OldSiteExport.posts(run, 1, Http.BASE + "/test-old-site", UNREACHABLE, 0))
                .getBytes(StandardCharsets.UTF_8);
        Document preview = upload("one.xml", file).html();
        assertEquals(
                302,
                LongTaskPages.followed(
                                editor,
                                editor.postForm(
                                        Forms.action(preview, "preview"),
                                        Forms.submission(preview, "preview", "run", Map.of())))
                        .status());
        PostRow row = row(run, OldSiteExport.title(run, 1));
        String before = ArticlePaths.of(row.id(), row.slug());

        Document form = editor.get("/admin/news/edit?id=" + row.id()).html();
        Map<String, String> fields = new HashMap<>(Map.of("post:slug", "새-주소-" + run));
        Http.Reply saved = editor.postForm(Forms.action(form, "post"), Forms.submission(form, "post", fields));
        assertEquals(
                302,
                saved.status(),
                () -> saved.html().select(".field-error, .page-messages").text());
        String after = ArticlePaths.of(row.id(), "새-주소-" + run);
        assertRedirect(before, after);
        assertEquals(200, new Http().get(after).status());

        Document table = editor.get(REDIRECTS).html();
        Element listed =
                rowOf(table, kr.co.saenal.sandan.news.OldAddress.of(before).orElseThrow());
        assertTrue(listed.text().contains("주소 변경"), listed.text());
        // hits are added in batches every few seconds: wait for them
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        long hits = 0;
        while (System.nanoTime() < deadline) {
            hits = redirects.list().stream()
                    .filter(r -> r.targetPath().equals(after) && r.oldPath().contains("/news/"))
                    .mapToLong(RedirectRow::hits)
                    .sum();
            if (hits >= 1) {
                break;
            }
            Thread.sleep(250);
        }
        assertTrue(hits >= 1, "the hit is counted");
    }

    @Test
    void redirectsAreAddedEditedAndDeletedWithLoopsAndMissingTargetsRefused() {
        String run = run();
        long postId = newsroom.list(PostQuery.newestFirst(), 0, 1).get(0).id();
        PostRow post = newsroom.list(PostQuery.newestFirst(), 0, 1).get(0);
        String oldPath = "/old-board/" + run + "/소식";

        assertEquals("새 주소의 글이나 분류가 없습니다.", refusal(save(oldPath, "/news/987654321"), "targetPath"));
        assertEquals(
                "새 주소로는 글(/news/번호), 분류 목록(/news?category=주소)이나 사이트의 주요 페이지만 쓸 수 있습니다.",
                refusal(save(oldPath, "/no-such-page"), "targetPath"));
        assertEquals(
                "새 주소를 이 사이트 안의 경로(/로 시작)로 입력해 주세요.", refusal(save(oldPath, "https://evil.example/"), "targetPath"));
        assertEquals("사이트의 주요 페이지나 관리 화면, API, 이미지 주소는 넘겨줄 수 없습니다.", refusal(save("/admin/news", "/news"), "oldPath"));
        assertEquals(
                "예전 주소와 새 주소가 같습니다. 자기 자신으로 넘겨줄 수 없습니다.",
                refusal(save("/old-board/" + run, "/old-board/" + run), "targetPath"));
        assertEquals(
                "지금 글이 있는 주소입니다. 넘겨주면 그 글을 볼 수 없게 됩니다.",
                refusal(save(ArticlePaths.of(post.id(), post.slug()), "/news"), "oldPath"));

        Http.Reply added = save(oldPath, "/news/" + postId);
        assertEquals("", errors(added.html()));
        assertTrue(added.html().text().contains("넘겨주기를 추가했습니다."));
        String article = ArticlePaths.of(post.id(), post.slug());
        assertRedirect(encodePath(oldPath), article);
        assertEquals(
                "새 주소가 다시 다른 곳으로 넘겨지는 주소입니다. 최종 주소를 입력해 주세요.",
                refusal(save("/old-board/" + run + "/other", oldPath), "targetPath"));
        assertEquals(
                "다른 넘겨주기의 새 주소입니다. 넘겨주면 고리나 사슬이 생깁니다.",
                refusal(
                        saveAndThen(
                                "/old-board/" + run + "/b",
                                "/news?category=development",
                                "/news?category=development",
                                "/faq"),
                        "oldPath"));

        // edit: the row's 고치기 fills the form; the new target is a category list
        Document table = editor.get(REDIRECTS).html();
        Element row = rowOf(table, oldPath);
        Http.Reply editing = editor.postForm(
                Forms.action(table, "redirects"),
                Forms.submission(
                        table, "redirects", row.selectFirst("[id$=':edit']").attr("name"), Map.of()));
        Document form = editing.html();
        assertEquals(oldPath, form.getElementById("redirect:oldPath").val());
        Http.Reply changed = editor.postForm(
                Forms.action(form, "redirect"),
                Forms.submission(form, "redirect", "save", Map.of("redirect:targetPath", "/news?category=policy")));
        assertTrue(changed.html().text().contains("넘겨주기를 고쳤습니다."), errors(changed.html()));
        assertRedirect(encodePath(oldPath), "/news?category=policy");

        // delete: the old address is not found any more
        Document now = editor.get(REDIRECTS).html();
        Element listed = rowOf(now, oldPath);
        Http.Reply deleted = editor.postForm(
                Forms.action(now, "redirects"),
                Forms.submission(
                        now, "redirects", listed.selectFirst("[id$=':delete']").attr("name"), Map.of()));
        assertTrue(
                deleted.html().text().contains("넘겨주기를 삭제했습니다."), deleted.html().text());
        assertEquals(404, new Http().get(encodePath(oldPath)).status());
    }

    // --- helpers ---

    private static String run() {
        return "r" + UUID.randomUUID().toString().substring(0, 6);
    }

    private Http.Reply upload(String fileName, byte[] content) {
        Document page = editor.get(IMPORT).html();
        Map<String, String> fields = Forms.submission(page, "upload", Map.of());
        fields.remove("upload:file");
        return editor.postMultipart(Forms.action(page, "upload"), fields, "upload:file", fileName, "text/xml", content);
    }

    private Http.Reply save(String oldPath, String targetPath) {
        Document page = editor.get(REDIRECTS).html();
        return editor.postForm(
                Forms.action(page, "redirect"),
                Forms.submission(
                        page, "redirect", Map.of("redirect:oldPath", oldPath, "redirect:targetPath", targetPath)));
    }

    /** Adds a redirect to {@code firstTarget}, then tries one whose old address is that target. */
    private Http.Reply saveAndThen(String firstOld, String firstTarget, String secondOld, String secondTarget) {
        assertEquals("", errors(save(firstOld, firstTarget).html()));
        return save(secondOld, secondTarget);
    }

    private static String refusal(Http.Reply reply, String field) {
        Element message = reply.html().selectFirst("[id='redirect:" + field + "'] ~ .field-error");
        if (message == null) {
            message = reply.html().getElementById("redirect:" + field) == null
                    ? null
                    : reply.html().getElementById("redirect:" + field).parent().selectFirst(".field-error");
        }
        return message == null ? "(none) " + errors(reply.html()) : message.text();
    }

    private static Element rowOf(Document table, String oldPath) {
        return table.select("[id='redirects:table'] tbody tr").stream()
                .filter(tr -> tr.selectFirst("td") != null
                        && tr.selectFirst("td").text().equals(oldPath))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no row for " + oldPath + " in " + table.text()));
    }

    private void assertRedirect(String oldPath, String expected) {
        Http.Reply answer = new Http().get(oldPath);
        assertEquals(301, answer.status(), oldPath);
        assertEquals(
                expected,
                answer.header("Location")
                        .map(l -> l.replaceFirst("^https?://[^/]+", ""))
                        .orElse(null),
                oldPath);
    }

    private void assertPublishedAsImported(OldSiteExport.Post post, String article) {
        Http.Reply shown = new Http().get(article);
        assertEquals(200, shown.status(), article);
        Document page = shown.html();
        assertEquals(post.title(), page.selectFirst("h1").text());
        Element body = page.selectFirst(".article-body");
        String html = body.html();
        assertFalse(
                html.contains("script")
                        || html.contains("onclick")
                        || html.contains("onerror")
                        || html.contains("onmouseover")
                        || html.contains("javascript:"),
                html);
        assertTrue(body.text().contains("국비 693억 원"), body.text());
        assertTrue(page.text().contains("김산단 기자"), "the byline");
        Element img = body.selectFirst("img");
        if (post.number() == 7) {
            assertNull(img, "the picture nobody serves is taken out of the body");
        } else {
            assertNotNull(img, html);
            String src = img.attr("src");
            assertTrue(src.matches("/media/\\d+"), src);
            Http.Reply picture = new Http().get(src);
            assertEquals(200, picture.status());
            assertEquals("image/png", picture.contentType());
            assertEquals(post.title() + " 현장 사진", img.attr("alt"));
        }
    }

    private long count(String run) {
        return newsroom.count(new PostQuery(null, null, OldSiteExport.MARK + " " + run, PostQuery.Sort.ID, true));
    }

    private PostRow row(String run, String title) {
        return newsroom.list(new PostQuery(null, null, title, PostQuery.Sort.ID, true), 0, 10).stream()
                .filter(r -> r.title().equals(title))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no post " + title));
    }

    private String categoryId(String slug) {
        return categories.list().stream()
                .filter(c -> c.slug().equals(slug))
                .map(CategoryRow::id)
                .map(String::valueOf)
                .findFirst()
                .orElseThrow();
    }

    private static Element mappingSelect(Document preview, String oldCategory) {
        return preview.select("[id='preview:categories'] tbody tr").stream()
                .filter(tr -> tr.selectFirst("td") != null
                        && tr.selectFirst("td").text().startsWith(oldCategory + " "))
                .map(tr -> tr.selectFirst("select"))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no row for " + oldCategory));
    }

    private static String selected(Element select) {
        Element option = select.selectFirst("option[selected]");
        return option == null ? "" : option.val();
    }

    private static Map<String, String> counts(Element page) {
        Map<String, String> counts = new HashMap<>();
        for (Element li : page.select(".import-counts li[data-count]")) {
            counts.put(li.attr("data-count"), li.selectFirst(".count-value").text());
        }
        return counts;
    }

    private static String errors(Document page) {
        return String.join(
                " ", page.select(".field-error, .admin-messages .refused").eachText());
    }

    /** The link's path encoded in capitals, as browsers send it (WordPress writes small letters). */
    private static String capitals(String encodedPath) {
        return encodePath(java.net.URLDecoder.decode(encodedPath.replace("+", "%2B"), StandardCharsets.UTF_8));
    }

    /** Percent-encodes what an HTTP client must (non-ASCII), in capitals, leaving slashes. */
    private static String encodePath(String path) {
        StringBuilder out = new StringBuilder();
        for (byte b : path.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            out.append(c < 0x80 && c > 0x20 ? String.valueOf((char) c) : String.format("%%%02X", c));
        }
        return out.toString();
    }

    /** Status and Location of an answer read off the socket. */
    private record Raw(int status, String location) {}

    /** GET written byte for byte with another Host header (the old site's name pointed at this server). */
    private static Raw rawGet(String target, String host) {
        URI base = URI.create(Http.BASE);
        String request = "GET " + target + " HTTP/1.1\r\nHost: " + host + "\r\nConnection: close\r\n\r\n";
        try (Socket socket = new Socket(base.getHost(), base.getPort())) {
            socket.setSoTimeout(30_000);
            OutputStream out = socket.getOutputStream();
            out.write(request.getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            ByteArrayOutputStream answer = new ByteArrayOutputStream();
            try (InputStream in = socket.getInputStream()) {
                in.transferTo(answer);
            }
            String head = answer.toString(StandardCharsets.ISO_8859_1).split("\r\n\r\n", 2)[0];
            String[] lines = head.split("\r\n");
            String location = null;
            for (String line : lines) {
                if (line.toLowerCase(java.util.Locale.ROOT).startsWith("location:")) {
                    location = line.substring("location:".length()).strip();
                }
            }
            return new Raw(Integer.parseInt(lines[0].split(" ")[1]), location);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
