package kr.co.saenal.sandan.news;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import kr.co.saenal.sandan.testsupport.Deployments;
import kr.co.saenal.sandan.testsupport.Http;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** {@code GET /api/news} and {@code GET /api/news/{id}}, as another system would call them. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class NewsApiIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.war();
    }

    private final Http client = new Http();

    @Test
    void pagesWalkThroughAllPublishedPostsNewestFirstWithoutOverlap() {
        JsonObject first = get("/api/news?size=3");
        long total = first.getJsonNumber("total").longValue();
        assertTrue(total >= 7, "demo content has at least 7 posts");
        assertEquals((total + 2) / 3, first.getInt("totalPages"));

        Set<Long> seen = new HashSet<>();
        String previousDate = "9999";
        for (int page = 1; page <= first.getInt("totalPages"); page++) {
            JsonObject body = get("/api/news?size=3&page=" + page);
            assertEquals(page, body.getInt("page"));
            List<JsonObject> items = body.getJsonArray("items").getValuesAs(JsonObject.class);
            assertTrue(items.size() <= 3);
            for (JsonObject item : items) {
                assertTrue(seen.add(item.getJsonNumber("id").longValue()), "no post appears twice");
                assertTrue(item.getString("publishedAt").compareTo(previousDate) <= 0, "newest first");
                previousDate = item.getString("publishedAt");
            }
        }
        assertEquals(total, seen.size());
        assertTrue(get("/api/news?size=3&page=" + (first.getInt("totalPages") + 1))
                .getJsonArray("items")
                .isEmpty());
    }

    @Test
    void aCategoryNarrowsTheList() {
        JsonObject policy = get("/api/news?category=policy&size=50");
        assertFalse(policy.getJsonArray("items").isEmpty());
        policy.getJsonArray("items")
                .getValuesAs(JsonObject.class)
                .forEach(item ->
                        assertEquals("policy", item.getJsonObject("category").getString("slug")));
    }

    @Test
    void badPagingParametersAreExplained() {
        for (String query : new String[] {"page=0", "page=-1", "page=x", "size=0", "size=51", "category=unknown"}) {
            Http.Reply reply = client.get("/api/news?" + query);
            assertEquals(400, reply.status(), query);
            assertEquals("application/problem+json", reply.contentType());
            String field = query.substring(0, query.indexOf('='));
            assertEquals(
                    field,
                    json(reply.body()).getJsonArray("errors").getJsonObject(0).getString("field"));
        }
    }

    @Test
    void whatIsWrongIsSaidInTheClientsLanguage() {
        assertEquals("No such category: nope", firstError("/api/news?category=nope", "en-US, en;q=0.9, ko;q=0.5"));
        assertEquals(
                "Must be a whole number from 1 to " + NewsService.MAX_PAGE_SIZE + ".",
                firstError("/api/news?size=" + (NewsService.MAX_PAGE_SIZE + 1), "en"));
        assertEquals("Must be a whole number of 1 or more.", firstError("/api/news?page=0", "en"));

        assertEquals("없는 분류입니다: nope", firstError("/api/news?category=nope", null));
        assertEquals("없는 분류입니다: nope", firstError("/api/news?category=nope", "ja, ko;q=0.8"));
        assertEquals(
                "1부터 " + NewsService.MAX_PAGE_SIZE + " 사이의 정수여야 합니다.",
                firstError("/api/news?size=" + (NewsService.MAX_PAGE_SIZE + 1), "ja"),
                "neither language: Korean");
    }

    @Test
    void anArticleIsReadByIdAndAnUnknownIdIsAProblem() {
        JsonObject summary = get("/api/news?size=50").getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .filter(item -> item.containsKey("coverImage"))
                .findFirst()
                .orElseThrow();
        JsonObject article = get("/api/news/" + summary.getJsonNumber("id").longValue());
        assertEquals(summary.getString("title"), article.getString("title"));
        assertTrue(article.getString("bodyHtml").contains("<p>"));
        assertTrue(article.getJsonObject("coverImage").getString("url").startsWith("/media/"));

        Http.Reply missing = client.get("/api/news/999999");
        assertEquals(404, missing.status());
        assertEquals("application/problem+json", missing.contentType());
        assertEquals(404, json(missing.body()).getInt("status"));
    }

    /** The message of the first error of a refused request, asked in {@code languages} (none when null). */
    private String firstError(String path, String languages) {
        Http.Reply reply = languages == null ? client.get(path) : client.get(path, "Accept-Language", languages);
        assertEquals(400, reply.status(), reply::toString);
        assertEquals("application/problem+json", reply.contentType());
        return json(reply.body()).getJsonArray("errors").getJsonObject(0).getString("message");
    }

    private JsonObject get(String path) {
        Http.Reply reply = client.get(path);
        assertEquals(200, reply.status(), reply::toString);
        assertTrue(reply.contentType().startsWith("application/json"));
        return json(reply.body());
    }

    private static JsonObject json(String body) {
        return Json.createReader(new StringReader(body)).readObject();
    }
}
