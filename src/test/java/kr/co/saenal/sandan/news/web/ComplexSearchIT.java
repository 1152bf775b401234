package kr.co.saenal.sandan.news.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.util.List;
import kr.co.saenal.sandan.complex.ComplexDirectory;
import kr.co.saenal.sandan.complex.ComplexListQuery;
import kr.co.saenal.sandan.testsupport.Deployments;
import kr.co.saenal.sandan.testsupport.Http;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The site search finds complexes too: a section above the news, at most five, with a link to all of them. */
@ExtendWith(ArquillianExtension.class)
class ComplexSearchIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.war();
    }

    @Inject
    ComplexDirectory directory;

    private final Http reader = new Http();

    @Test
    void complexesMatchingTheWordsAreListedAboveTheNews() {
        String word = List.of("농공", "산업", "일반", "첨단", "구미").stream()
                .filter(w -> count(w) > 5)
                .findFirst()
                .orElseThrow(() -> new AssertionError("a word that finds more than five complexes"));
        long matching = count(word);

        Document page = reader.get("/search?q=" + word).html();

        Element section = page.selectFirst(".search-complexes");
        assertNotNull(section, page.body().html());
        assertEquals("산업단지 " + matching + "곳", section.selectFirst("h2").text());
        List<Element> links = section.select(".search-complex-list a");
        assertEquals(5, links.size());
        assertTrue(links.stream().allMatch(a -> a.attr("href").matches("/complexes/\\d+/.+")), links::toString);
        Element all = section.selectFirst(".search-complexes-all a");
        assertEquals("산업단지 " + matching + "곳 모두 보기", all.text());
        assertEquals(
                "/complexes?q=" + java.net.URLEncoder.encode(word, java.nio.charset.StandardCharsets.UTF_8),
                all.attr("href"));
        Element results = page.selectFirst(".search-results");
        assertTrue(
                section.elementSiblingIndex() < results.elementSiblingIndex() || section.parent() != results.parent(),
                "above the news");
    }

    private long count(String word) {
        return directory
                .list(new ComplexListQuery(null, null, null, null, null, null, word, null, null, 1, 5))
                .total();
    }

    @Test
    void aFewMatchesAreAllShownWithoutTheLinkAndNoneMeansNoSection() {
        Document few = reader.get("/search?q=남동[재생사업지구]").html();
        Element section = few.selectFirst(".search-complexes");
        assertNotNull(section, few.body().html());
        assertEquals(1, section.select(".search-complex-list a").size());
        assertEquals(
                "남동[재생사업지구] 국가 · 인천 남동구",
                section.selectFirst(".search-complex-list a").text());
        assertNull(section.selectFirst(".search-complexes-all"));

        Document none = reader.get("/search?q=존재하지않는단어조합").html();
        assertNull(none.selectFirst(".search-complexes"));
        Document english = reader.get("/search?q=남동[재생사업지구]&lang=en").html();
        assertTrue(english.selectFirst(".search-complexes h2").text().startsWith("Industrial complexes"));
    }
}
