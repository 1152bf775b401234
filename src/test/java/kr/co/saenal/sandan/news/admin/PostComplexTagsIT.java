package kr.co.saenal.sandan.news.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import kr.co.saenal.sandan.complex.ComplexDirectory;
import kr.co.saenal.sandan.complex.ComplexPick;
import kr.co.saenal.sandan.complex.ComplexUsage;
import kr.co.saenal.sandan.news.Newsroom;
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
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * An editor tags a post with complexes of the directory in the newsroom's editor (the Faces page over HTTP, as the
 * picker sends it); the article shows them as links; the directory's undo learns that the complexes are in use.
 */
@ExtendWith(ArquillianExtension.class)
class PostComplexTagsIT {

    private static final String EDITOR = "editor-tags";
    private static final String EDITOR_PASSWORD = "Editor-Tags-2026";

    @Deployment
    static WebArchive deployment() {
        return Deployments.war();
    }

    @Inject
    StaffAccounts accounts;

    @Inject
    Newsroom newsroom;

    @Inject
    ComplexDirectory complexes;

    @Inject
    @Any
    Instance<ComplexUsage> usages;

    private Http editor;

    @BeforeEach
    void logInAsEditor() {
        accounts.createOnce(EDITOR, EDITOR_PASSWORD, Role.EDITOR);
        editor = new Http();
        assertEquals(302, Staff.logIn(editor, EDITOR, EDITOR_PASSWORD).status());
    }

    private ComplexPick named(String name) {
        return complexes.find(name, 20).stream()
                .filter(c -> c.name().equals(name))
                .findFirst()
                .orElseThrow(() -> new AssertionError(name + " is in the demo's import"));
    }

    @Test
    void aTaggedPostShowsItsComplexesAsLinksAndTheUndoIsTold() {
        ComplexPick namdong = named("남동[재생사업지구]");
        Document form = editor.get("/admin/news/edit").html();
        assertNotNull(form.getElementById("post:complexIds"), "the picker is in the editor");

        long id = save(form, Map.of("post:complexIds_hinput", Long.toString(namdong.id())));

        assertEquals(Set.of(namdong.id()), newsroom.find(id).orElseThrow().getComplexIds());
        Document reopened = editor.get("/admin/news/edit?id=" + id).html();
        assertTrue(
                reopened.select("[id='post:complexIds'] li").text().contains("남동[재생사업지구] · 국가 · 인천 남동구"),
                () -> reopened.select("[id='post:complexIds']").outerHtml());

        String path = newsroom.find(id)
                .map(p -> "/news/" + p.getId() + "/" + p.getSlug())
                .orElseThrow();
        Document article = new Http().get(path).html();
        Element section = article.selectFirst(".article-complexes");
        assertNotNull(section, article.body().html());
        assertEquals("관련 산업단지", section.selectFirst("h2").text());
        Element link = section.selectFirst("a");
        assertEquals("남동[재생사업지구] · 국가 · 인천 남동구", link.text());
        assertTrue(link.attr("href").endsWith(namdong.path()), link.outerHtml());

        List<String> uses = usages.stream()
                .flatMap(usage -> usage.usesOf(List.of(namdong.id())).stream())
                .toList();
        assertTrue(uses.contains("산업단지 태그 시험 기사"), uses::toString);

        Document again = editor.get("/admin/news/edit?id=" + id).html();
        Map<String, String> untagged = new HashMap<>(Forms.values(again, "post"));
        untagged.remove("post:complexIds_hinput");
        Map.Entry<String, String> button = Forms.submitButton(again, "post");
        untagged.put(button.getKey(), button.getValue());
        assertEquals(302, editor.postForm(Forms.action(again, "post"), untagged).status());
        assertEquals(Set.of(), newsroom.find(id).orElseThrow().getComplexIds(), "tags can be taken off");
        assertNull(new Http().get(path, "Cache-Control", "no-cache").html().selectFirst(".article-complexes"));
        assertTrue(usages.stream()
                .flatMap(usage -> usage.usesOf(List.of(namdong.id())).stream())
                .toList()
                .isEmpty());
    }

    @Test
    void anIdThatNamesNoComplexIsDropped() {
        Document form = editor.get("/admin/news/edit").html();
        long id = save(form, Map.of("post:complexIds_hinput", "987654321", "post:title", "없는 산업단지 태그 시험"));
        assertEquals(Set.of(), newsroom.find(id).orElseThrow().getComplexIds());
    }

    private long save(Document form, Map<String, String> extra) {
        Map<String, String> fields = new HashMap<>(Map.of(
                "post:title", "산업단지 태그 시험 기사",
                "post:summary", "남동 재생사업지구 소식",
                "post:body_input", "<p>남동 재생사업지구의 새 지원 사업을 알립니다.</p>",
                "post:publication", "PUBLISHED"));
        fields.putAll(extra);
        fields.put(
                "post:categoryId",
                form.select("[id='post:categoryId'] option[value]").stream()
                        .map(Element::val)
                        .filter(v -> !v.isEmpty())
                        .findFirst()
                        .orElseThrow());
        Http.Reply saved = editor.postForm(Forms.action(form, "post"), Forms.submission(form, "post", fields));
        assertEquals(
                302,
                saved.status(),
                () -> saved.html().select(".field-error, .page-messages").text());
        String location = saved.header("Location").orElseThrow();
        return Long.parseLong(location.substring(location.indexOf("id=") + 3));
    }
}
