package kr.co.saenal.sandan.complex.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import kr.co.saenal.sandan.testsupport.Deployments;
import kr.co.saenal.sandan.testsupport.Http;
import kr.co.saenal.sandan.testsupport.Requests;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * {@code GET /api/complexes} and {@code /api/complexes/{id}} over HTTP against the deployed WAR with the demo
 * directory (KICOX's 2025 Q3 statistics and 2026 Q1 trend workbooks): the list's filters, totals and paging, the
 * problems of bad values in both languages, a complex with its history, bundle and trend figures (suppressed as a
 * mark, never 0), 404, and the validators ({@code ETag}, {@code 304}).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ComplexApiIT {

    private static final String SOURCE = "한국산업단지공단, 전국산업단지현황통계 (2025년 3분기)";

    @Deployment
    static WebArchive deployment() {
        return Deployments.war();
    }

    private final Http http = new Http();

    @Test
    void theListHasEveryComplexOfTheQuarterPagedWithItsSource() {
        Http.Reply reply = http.get("/api/complexes");
        assertEquals(200, reply.status(), reply::toString);
        assertTrue(reply.contentType().startsWith("application/json"), reply.contentType());
        JsonObject list = Requests.json(reply.body());
        assertEquals(1_353, list.getInt("total"), "the rows of 상위단지, as the list page counts them");
        assertEquals(1, list.getInt("page"));
        assertEquals(20, list.getInt("size"));
        assertEquals(68, list.getInt("totalPages"));
        assertEquals(20, list.getJsonArray("items").size());
        assertEquals(SOURCE, list.getString("source"));
        assertEquals(2025, list.getJsonObject("quarter").getInt("year"));
        assertEquals(3, list.getJsonObject("quarter").getInt("quarter"));
        assertEquals("2025년 3분기", list.getJsonObject("quarter").getString("label"));

        JsonObject links = list.getJsonObject("links");
        assertEquals("/api/complexes?page=2", links.getString("next"));
        assertEquals("/api/complexes?page=68", links.getString("last"));
        assertFalse(links.containsKey("prev"));
        assertEquals("/complexes.csv", links.getString("csv"));
        String link = reply.header("Link").orElseThrow();
        assertTrue(link.contains("</api/complexes?page=2>; rel=\"next\""), link);
        assertFalse(link.contains("rel=\"prev\""), link);

        JsonObject second = Requests.json(http.get(links.getString("next")).body());
        assertEquals("/api/complexes", second.getJsonObject("links").getString("prev"));
        Set<Long> ids = new HashSet<>(ids(list.getJsonArray("items")));
        ids.retainAll(ids(second.getJsonArray("items")));
        assertTrue(ids.isEmpty(), "the second page follows the first");

        long byType = 0;
        for (String type : List.of("national", "general", "urban-high-tech", "agro-industrial")) {
            byType += Requests.json(
                            http.get("/api/complexes?size=1&type=" + type).body())
                    .getInt("total");
        }
        assertEquals(1_353, byType, "the types add up to the whole list");
    }

    @Test
    void itemsCarryTheListsFiguresWithUnitsMarksAndTheirPage() {
        JsonObject national = Requests.json(
                http.get("/api/complexes?type=national&sort=area&size=100").body());
        assertEquals(59, national.getInt("total"), "국가 59");
        JsonArray items = national.getJsonArray("items");
        assertEquals(59, items.size());
        JsonObject banwol = items.getJsonObject(0);
        assertEquals("반월특수지역", banwol.getString("name"), "largest 지정면적 first");
        assertEquals("national", banwol.getJsonObject("type").getString("code"));
        assertEquals("국가", banwol.getJsonObject("type").getString("label"));
        assertEquals("gyeonggi", banwol.getJsonObject("sido").getString("code"));
        assertEquals(4, banwol.getInt("members"));
        JsonObject area = banwol.getJsonObject("figures").getJsonObject("designatedArea");
        assertEquals("thousand-square-metres", area.getString("unit"));
        assertTrue(area.getJsonNumber("value").doubleValue() > 150_000, area::toString);
        assertTrue(banwol.getString("url").startsWith("/complexes/" + banwol.getJsonNumber("id") + "/"));
        for (JsonValue item : items) {
            assertEquals("national", item.asJsonObject().getJsonObject("type").getString("code"));
            for (JsonValue figure : item.asJsonObject().getJsonObject("figures").values()) {
                JsonObject f = figure.asJsonObject();
                assertTrue(
                        f.get("value").getValueType() == JsonValue.ValueType.NUMBER
                                || List.of("suppressed", "none").contains(f.getString("mark")),
                        f::toString);
            }
        }

        JsonObject namdong = namdong();
        assertEquals("남동[재생사업지구]", namdong.getString("name"));
        assertEquals("incheon", namdong.getJsonObject("sido").getString("code"));
        assertTrue(namdong.getBoolean("aged"));
        assertFalse(namdong.getBoolean("spansTwoRegions"));
        assertEquals(
                8080,
                namdong.getJsonObject("figures").getJsonObject("tenantFirms").getInt("value"));

        JsonObject seoul = Requests.json(http.get("/api/complexes?sido=seoul").body());
        assertEquals(4, seoul.getInt("total"));
        JsonObject korea = seoul.getJsonArray("items").getJsonObject(3);
        assertEquals("한국수출산업", korea.getString("name"));
        assertTrue(korea.getBoolean("spansTwoRegions"));

        JsonObject aged =
                Requests.json(http.get("/api/complexes?aged=true&size=1").body());
        assertEquals(515, aged.getInt("total"));
    }

    @Test
    void everyValueTheListCannotUseIsAProblemInTheClientsLanguage() {
        Http.Reply reply = http.get("/api/complexes?type=nope&size=500&minRate=abc&sido=incheon");
        assertEquals(400, reply.status(), reply::toString);
        assertTrue(reply.contentType().startsWith("application/problem+json"), reply.contentType());
        JsonObject problem = Requests.json(reply.body());
        assertEquals(400, problem.getInt("status"));
        assertEquals("https://sandan.saenal.example/problems/validation", problem.getString("type"));
        assertEquals(Set.of("type", "size", "minRate"), fields(problem));
        assertTrue(message(problem, "type").contains("national, general, urban-high-tech, agro-industrial"));
        assertEquals("1에서 100 사이의 정수여야 합니다.", message(problem, "size"));
        Http.assertNoInternals(reply);

        JsonObject english = Requests.json(
                http.get("/api/complexes?size=0&order=sideways&maxRate=10&minRate=20", "Accept-Language", "en-US,en")
                        .body());
        assertEquals(Set.of("size", "order", "maxRate"), fields(english));
        assertEquals("Must be a whole number from 1 to 100.", message(english, "size"));
        assertEquals("Must be asc or desc.", message(english, "order"));
    }

    @Test
    void aComplexHasItsHistoryItsTrendFiguresAndMarksInsteadOfNumbers() {
        long id = namdong().getJsonNumber("id").longValue();
        Http.Reply reply = http.get("/api/complexes/" + id);
        assertEquals(200, reply.status(), reply::toString);
        JsonObject namdong = Requests.json(reply.body());
        assertEquals("남동[재생사업지구]", namdong.getString("name"));
        assertEquals("남동-재생사업지구", namdong.getString("slug"));
        assertEquals(SOURCE, namdong.getString("source"));
        assertEquals("completed", namdong.getJsonObject("status").getString("code"));
        assertEquals(
                8080,
                namdong.getJsonObject("figures").getJsonObject("tenantFirms").getInt("value"));
        assertEquals(9, namdong.getJsonObject("figures").size(), "every figure of the statistics");
        JsonArray history = namdong.getJsonArray("history");
        assertFalse(history.isEmpty());
        JsonObject newest = history.getJsonObject(history.size() - 1);
        assertEquals("2025년 3분기", newest.getJsonObject("quarter").getString("label"));
        assertEquals(namdong.getJsonObject("figures"), newest.getJsonObject("figures"));
        JsonObject trend = namdong.getJsonArray("trend").getJsonObject(0);
        assertEquals("남동", trend.getString("shortName"));
        assertEquals("2026년 1분기", trend.getJsonObject("quarter").getString("label"));
        assertEquals("한국산업단지공단, 국가산업단지 산업동향정보 (2026년 1분기)", trend.getString("source"));
        assertEquals(
                94_056,
                trend.getJsonObject("figures").getJsonObject("employment").getInt("value"));

        JsonObject yongin = complexNamed("용인첨단시스템반도체클러스터국가산업단지", "gyeonggi");
        JsonObject production = yongin.getJsonArray("trend")
                .getJsonObject(0)
                .getJsonObject("figures")
                .getJsonObject("production");
        assertEquals(JsonValue.NULL, production.get("value"), "X is not a number");
        assertEquals("suppressed", production.getString("mark"));
        assertEquals("비공개", production.getString("markLabel"));

        JsonObject banwol = complexNamed("반월특수지역", "gyeonggi");
        JsonArray members = banwol.getJsonArray("members");
        assertEquals(
                List.of("시화", "시화MTV", "반월특수(안산신도시)[재생사업지구]", "송산그린시티"),
                members.getValuesAs(JsonObject.class).stream()
                        .map(m -> m.getString("name"))
                        .toList());
        JsonObject sihwa = Requests.json(
                http.get("/api/complexes/" + members.getJsonObject(0).getJsonNumber("id"))
                        .body());
        assertTrue(sihwa.getBoolean("bundleMember"));
        assertEquals(banwol.getJsonNumber("id"), sihwa.getJsonObject("bundle").getJsonNumber("id"));
        assertEquals(banwol.getString("url"), sihwa.getJsonObject("bundle").getString("url"));

        JsonObject english = Requests.json(
                http.get("/api/complexes/" + id, "Accept-Language", "en").body());
        assertEquals("Incheon", english.getJsonObject("sido").getString("label"));
        assertTrue(english.getString("source").contains("Q3 2025"), english.getString("source"));
    }

    @Test
    void anUnknownComplexIsNotFoundAndANonNumberIsTheClientsMistake() {
        Http.Reply missing = http.get("/api/complexes/987654321");
        assertEquals(404, missing.status(), missing::toString);
        assertTrue(missing.contentType().startsWith("application/problem+json"));
        assertEquals(
                "https://sandan.saenal.example/problems/not-found",
                Requests.json(missing.body()).getString("type"));
        for (String id : List.of("abc", "0", "-3", "1.5")) {
            Http.Reply bad = http.get("/api/complexes/" + id);
            assertEquals(400, bad.status(), bad::toString);
            assertEquals(Set.of("id"), fields(Requests.json(bad.body())));
        }
    }

    @Test
    void answersCarryValidatorsAndNotModifiedSparesTheBody() {
        for (String path : List.of(
                "/api/complexes?type=national", "/api/complexes/" + namdong().getJsonNumber("id"))) {
            Http.Reply first = http.get(path);
            String etag = first.header("ETag").orElseThrow(() -> new AssertionError("no ETag: " + path));
            assertTrue(first.header("Cache-Control").orElse("").contains("public"), path);
            assertTrue(first.header("Vary").orElse("").contains("Accept-Language"), path);

            Http.Reply again = http.get(path, "If-None-Match", etag);
            assertEquals(304, again.status(), again::toString);
            assertEquals(0, again.bytes().length);
            assertEquals(etag, again.header("ETag").orElse(null));

            Http.Reply stale = http.get(path, "If-None-Match", "\"something-else\"");
            assertEquals(200, stale.status());
            assertEquals(first.body(), stale.body(), "the same answer for the same question");

            Http.Reply english = http.get(path, "Accept-Language", "en");
            assertNotEquals(etag, english.header("ETag").orElse(null), "labels differ by language");
        }
    }

    private JsonObject namdong() {
        JsonObject found = Requests.json(
                http.get("/api/complexes?type=national&q=" + URLEncoder.encode("남동", StandardCharsets.UTF_8))
                        .body());
        return found.getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .filter(item -> item.getString("name").equals("남동[재생사업지구]"))
                .findFirst()
                .orElseThrow(() -> new AssertionError(found.toString()));
    }

    private JsonObject complexNamed(String name, String sido) {
        JsonObject found = Requests.json(
                http.get("/api/complexes?sido=" + sido + "&q=" + URLEncoder.encode(name, StandardCharsets.UTF_8))
                        .body());
        JsonObject item = found.getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .filter(i -> i.getString("name").equals(name))
                .findFirst()
                .orElseThrow(() -> new AssertionError(name + ": " + found));
        return Requests.json(
                http.get("/api/complexes/" + item.getJsonNumber("id")).body());
    }

    private static List<Long> ids(JsonArray items) {
        return items.getValuesAs(JsonObject.class).stream()
                .map(i -> i.getJsonNumber("id").longValue())
                .toList();
    }

    private static Set<String> fields(JsonObject problem) {
        Set<String> fields = new HashSet<>();
        problem.getJsonArray("errors").getValuesAs(JsonObject.class).forEach(e -> fields.add(e.getString("field")));
        return fields;
    }

    private static String message(JsonObject problem, String field) {
        return problem.getJsonArray("errors").getValuesAs(JsonObject.class).stream()
                .filter(e -> e.getString("field").equals(field))
                .map(e -> e.getString("message"))
                .findFirst()
                .orElseThrow();
    }
}
