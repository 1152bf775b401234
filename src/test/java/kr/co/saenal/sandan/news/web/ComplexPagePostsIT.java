package kr.co.saenal.sandan.news.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.util.List;
import kr.co.saenal.sandan.complex.ComplexDirectory;
import kr.co.saenal.sandan.complex.ComplexPick;
import kr.co.saenal.sandan.news.CategoryRepository;
import kr.co.saenal.sandan.news.Newsroom;
import kr.co.saenal.sandan.news.PostDraft;
import kr.co.saenal.sandan.news.PublicationState;
import kr.co.saenal.sandan.testsupport.Deployments;
import kr.co.saenal.sandan.testsupport.Http;
import kr.co.saenal.sandan.testsupport.StatementTally;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A complex's page lists the news about it (complex-posts.xhtml): posts tagged with it first, then posts matching its
 * name; a cached page is dropped when a post is tagged; its statements do not grow with the posts.
 */
@ExtendWith(ArquillianExtension.class)
class ComplexPagePostsIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.war();
    }

    @Inject
    ComplexDirectory complexes;

    @Inject
    Newsroom newsroom;

    @Inject
    CategoryRepository categories;

    private final Http reader = new Http();

    @Test
    void taggedPostsAndNameMatchesAppearOnTheComplexPageWithConstantStatements() throws InterruptedException {
        ComplexPick namdong = complexes.find("남동", 20).stream()
                .filter(c -> c.name().equals("남동[재생사업지구]"))
                .findFirst()
                .orElseThrow();
        String path = namdong.path();
        Document before = reader.get(path).html();
        assertNotNull(before.selectFirst(".complex-posts"), before.body().html());

        long tagged = save("재생사업지구 새 지원 (태그 시험)", "정부 지원 사업 안내입니다.", List.of(namdong.id()));
        long matching = save("남동 공단 입주기업 설명회", "남동 지역 기업을 위한 설명회를 엽니다.", List.of());

        Document after = waitForPosts(path, 2);
        List<String> titles = after.select(".complex-post-title").eachText();
        assertEquals("재생사업지구 새 지원 (태그 시험)", titles.get(0), "tagged first: " + titles);
        assertTrue(titles.contains("남동 공단 입주기업 설명회"), titles::toString);
        assertTrue(titles.size() <= 6, titles::toString);
        Element link = after.select(".complex-post a").first();
        assertTrue(link.attr("href").startsWith("/news/" + tagged + "/"), link.outerHtml());

        StatementTally few = StatementTally.ofRender(reader, path);
        save("재생사업지구 둘째 소식 (태그 시험)", "둘째 소식", List.of(namdong.id()));
        save("재생사업지구 셋째 소식 (태그 시험)", "셋째 소식", List.of(namdong.id()));
        save("남동 산업단지 둘째 설명회", "남동 지역 둘째 설명회", List.of());
        waitForPosts(path, 5);
        StatementTally more = StatementTally.ofRender(reader, path);
        assertEquals(200, more.reply().status());
        assertEquals(few.statementCount(), more.statementCount(), () -> few + "\n" + more);
        assertTrue(matching > 0);
    }

    /** The page as an anonymous reader gets it (from the page cache when it is there), once it lists n posts. */
    private Document waitForPosts(String path, int n) throws InterruptedException {
        Document page = null;
        for (int i = 0; i < 60; i++) {
            page = reader.get(path).html();
            if (page.select(".complex-post").size() >= n) {
                return page;
            }
            Thread.sleep(500);
        }
        throw new AssertionError(
                "fewer than " + n + " posts: " + page.select(".complex-posts").outerHtml());
    }

    private long save(String title, String summary, List<Long> complexIds) {
        PostDraft draft = new PostDraft();
        draft.setTitle(title);
        draft.setSummary(summary);
        draft.setBody("<p>" + summary + "</p>");
        draft.setCategoryId(categories.bySlug("management").orElseThrow().getId());
        draft.setAuthorName("편집팀");
        draft.setPublication(PublicationState.PUBLISHED);
        draft.setComplexIds(complexIds);
        return newsroom.save(null, draft, "편집팀");
    }
}
