package kr.co.saenal.sandan.complex.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import kr.co.saenal.sandan.complex.AreaSummary;
import kr.co.saenal.sandan.complex.ComplexDetail;
import kr.co.saenal.sandan.complex.ComplexDirectory;
import kr.co.saenal.sandan.complex.ImportRepository;
import kr.co.saenal.sandan.complex.Sido;
import kr.co.saenal.sandan.complex.importing.AppliedImport;
import kr.co.saenal.sandan.complex.importing.ComplexImport;
import kr.co.saenal.sandan.complex.importing.KicoxWorkbooks;
import kr.co.saenal.sandan.testsupport.Deployments;
import kr.co.saenal.sandan.testsupport.Http;
import kr.co.saenal.sandan.testsupport.Requests;
import kr.co.saenal.sandan.testsupport.StatementTally;
import org.apache.poi.ss.usermodel.Sheet;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A complex's page with the real demo data (KICOX's 2025 Q3 statistics and 2026 Q1 trend workbooks), read over
 * HTTP as a visitor reads it: figures with their units and conversions, bars, the history as SVG and as a table,
 * trend figures with 비공개 where KICOX wrote X, source lines naming the quarters, the comparison, a bundle's
 * members, map and consultation links, the JSON-LD, the canonical redirect, 404s, a constant number of statements,
 * the page cache, and a second quarter applied and undone.
 */
@ExtendWith(ArquillianExtension.class)
class ComplexPageIT {

    private static final String STATISTICS_SOURCE = "출처: 한국산업단지공단, 전국산업단지현황통계 (2025년 3분기)";
    private static final String TREND_SOURCE = "출처: 한국산업단지공단, 국가산업단지 산업동향정보 (2026년 1분기)";

    @Deployment
    static WebArchive deployment() {
        return Deployments.war();
    }

    @Inject
    ComplexDirectory directory;

    @Inject
    ImportRepository repository;

    @Inject
    ComplexImport imports;

    private final Http reader = new Http();

    @Test
    void aNationalComplexShowsItsFiguresWithUnitsConversionsAndBars() {
        ComplexDetail namdong = complex(Sido.INCHEON, "남동[재생사업지구]");
        Http.Reply reply = reader.get(namdong.path());
        assertEquals(200, reply.status());
        Document page = reply.html();
        assertEquals("남동[재생사업지구]", page.selectFirst("h1").text());
        String tags = page.selectFirst(".complex-tags").text();
        assertTrue(tags.contains("유형 국가"), tags);
        assertTrue(tags.contains("인천 " + namdong.sigun()), tags);
        assertTrue(tags.contains("조성상태 완료") || tags.contains("조성상태 조성중"), tags);
        assertTrue(tags.contains("노후 산업단지"), tags);
        assertEquals("8,080개", page.getElementById("tenant-firms").text());

        BigDecimal designated = namdong.latest().figures().designatedArea().value();
        Element row = rowOf(page.selectFirst("table.areas"), "지정면적");
        assertEquals(grouped(designated, 3), row.child(1).text(), "천㎡ as published");
        assertEquals(
                grouped(designated.multiply(BigDecimal.valueOf(1000)), 0),
                row.child(2).text(),
                "㎡");
        assertEquals(
                grouped(
                        designated
                                .multiply(new BigDecimal("1000"))
                                .multiply(new BigDecimal("121"))
                                .divide(new BigDecimal("400"), 0, RoundingMode.HALF_UP),
                        0),
                row.child(3).text(),
                "평 = ㎡ × 121/400");
        assertEquals(
                List.of("구분", "천㎡", "㎡", "평"),
                page.select("table.areas thead th").eachText());
        assertTrue(page.selectFirst("#figures").text().contains("1평 = 400/121㎡"), "says how 평 is reckoned");

        BigDecimal rate = namdong.latest().figures().saleRate().value();
        assertEquals(grouped(rate, 2) + "%", page.getElementById("sale-rate").text());
        Element bar = page.selectFirst("#figures .rate-card svg.bar");
        assertEquals("true", bar.attr("aria-hidden"), "the bar decorates the number");
        assertEquals(
                0,
                rate.min(BigDecimal.valueOf(100))
                        .compareTo(new BigDecimal(bar.selectFirst(".bar-fill").attr("width"))));

        assertEquals(STATISTICS_SOURCE, page.selectFirst("#figures .source").text());
    }

    @Test
    void theHistoryIsAnSvgChartWithATableOfTheSameNumbers() {
        ComplexDetail namdong = complex(Sido.INCHEON, "남동[재생사업지구]");
        Document page = reader.get(namdong.path()).html();
        Element history = page.getElementById("history");
        Elements charts = history.select("svg[role=img]");
        assertEquals(2, charts.size());
        for (Element chart : charts) {
            String[] labelledBy = chart.attr("aria-labelledby").split(" ");
            assertEquals(chart.id() + "-title", labelledBy[0]);
            assertFalse(page.getElementById(labelledBy[0]).text().isBlank());
            assertNotNull(page.getElementById(labelledBy[1]));
            assertTrue(chart.text().contains("2025년 3분기"), "quarters on the axis");
            assertFalse(chart.outerHtml().contains("NaN"));
        }
        assertTrue(charts.get(0).text().contains("8,080"), "bars carry their numbers");
        Element table = history.selectFirst("table.history");
        assertEquals("분기별 수치", table.selectFirst("caption").text());
        assertEquals(1, table.select("tbody tr").size());
        assertEquals("2025년 3분기", table.selectFirst("tbody th").text());
        assertEquals("8,080", rowOf(table, "2025년 3분기").child(1).text());
        assertEquals(STATISTICS_SOURCE, history.selectFirst(".source").text());
    }

    @Test
    void trendFiguresShowWithTheirSourceAndSuppressedCellsReadNotDisclosed() {
        ComplexDetail namdong = complex(Sido.INCHEON, "남동[재생사업지구]");
        Document page = reader.get(namdong.path()).html();
        Element trend = page.selectFirst("section.trend");
        assertNotNull(trend, "남동 is in KICOX's trend survey");
        assertTrue(trend.selectFirst("h2").text().contains("2026년 1분기"));
        assertEquals("8,091", rowOf(trend.selectFirst("table"), "입주업체").child(2).text());
        assertEquals("94,056", rowOf(trend.selectFirst("table"), "고용").child(2).text());
        assertEquals("명", rowOf(trend.selectFirst("table"), "고용").child(1).text());
        assertEquals("억원", rowOf(trend.selectFirst("table"), "생산").child(1).text());
        assertEquals("백만달러", rowOf(trend.selectFirst("table"), "수출").child(1).text());
        assertTrue(trend.selectFirst(".rate-card").text().startsWith("가동률"));
        assertTrue(trend.selectFirst(".rate-card .figure-value").text().endsWith("%"));
        assertNotNull(trend.selectFirst(".rate-card svg.bar"));
        assertEquals(TREND_SOURCE, trend.selectFirst(".source").text());

        ComplexDetail yongin = complex(Sido.GYEONGGI, "용인첨단시스템반도체클러스터국가산업단지");
        Element suppressed = reader.get(yongin.path()).html().selectFirst("section.trend");
        assertEquals(
                "비공개", rowOf(suppressed.selectFirst("table"), "생산").child(2).text());
        assertEquals(
                "0", rowOf(suppressed.selectFirst("table"), "입주업체").child(2).text(), "a real zero stays 0");
        assertEquals(
                "Not disclosed",
                rowOf(
                                reader.get(yongin.path(), "Accept-Language", "en")
                                        .html()
                                        .selectFirst("section.trend table"),
                                "Production")
                        .child(2)
                        .text());
        assertTrue(
                reader.get(complex(Sido.GYEONGGI, "반월특수지역").path())
                        .html()
                        .select("section.trend")
                        .isEmpty(),
                "no trend block where KICOX publishes none");
    }

    @Test
    void itIsComparedWithItsSidoAndItsType() {
        ComplexDetail namdong = complex(Sido.INCHEON, "남동[재생사업지구]");
        Element comparison = reader.get(namdong.path()).html().getElementById("comparison");
        assertNotNull(comparison);
        AreaSummary incheon = directory.region(Sido.INCHEON).orElseThrow().total();
        AreaSummary national = directory.nationalSummary().orElseThrow().of(namdong.type());
        Element table = comparison.selectFirst("table");
        assertEquals(
                grouped(incheon.saleRate(), 2) + "%",
                rowOf(table, "인천 전체").selectFirst(".rate-text").text());
        assertEquals(
                grouped(national.saleRate(), 2) + "%",
                rowOf(table, "전국 국가산업단지").selectFirst(".rate-text").text());
        assertEquals(
                "97.07%", rowOf(table, "전국 국가산업단지").selectFirst(".rate-text").text(), "KICOX's 요약");
        BigDecimal share = new BigDecimal("8080")
                .multiply(BigDecimal.valueOf(100))
                .divide(incheon.tenantFirms(), 1, RoundingMode.HALF_UP);
        assertEquals(grouped(share, 1) + "%", rowOf(table, "인천 전체").child(3).text(), "its share of the 시도's firms");
        assertNotNull(rowOf(table, "인천 국가산업단지"));
        assertEquals(4, table.select("tbody tr").size());
        assertEquals(STATISTICS_SOURCE, comparison.selectFirst(".source").text());
    }

    @Test
    void aBundleListsItsMembersAndAMemberLinksToItsBundle() {
        ComplexDetail banwol = complex(Sido.GYEONGGI, "반월특수지역");
        Element members = reader.get(banwol.path()).html().getElementById("members");
        assertNotNull(members);
        assertEquals(
                List.of("시화", "시화MTV", "반월특수(안산신도시)[재생사업지구]", "송산그린시티"),
                members.select("tbody th a").eachText());
        String sihwaPath = members.selectFirst("tbody th a").attr("href");
        assertEquals(banwol.members().get(0).path(), sihwaPath);
        assertEquals(STATISTICS_SOURCE, members.selectFirst(".source").text());
        Document sihwa = reader.get(sihwaPath).html();
        Element bundle = sihwa.selectFirst(".complex-bundle-note a");
        assertEquals("반월특수지역", bundle.text());
        assertEquals(banwol.path(), bundle.attr("href"));
        assertNotNull(sihwa.selectFirst("section.trend"), "KICOX surveys the member 시화");
    }

    @Test
    void mapAndConsultationLinksNeedNoScript() {
        ComplexDetail namdong = complex(Sido.INCHEON, "남동[재생사업지구]");
        Document page = reader.get(namdong.path()).html();
        Elements maps = page.select("a.map-link");
        assertEquals(2, maps.size());
        String query = "인천 " + namdong.sigun() + " 남동국가산업단지";
        assertEquals(
                "https://map.kakao.com/?q=" + MapLinks.encode(query),
                maps.get(0).attr("href"));
        assertEquals(
                "https://map.naver.com/p/search/" + MapLinks.encode(query),
                maps.get(1).attr("href"));
        assertEquals(
                query,
                URLDecoder.decode(
                        maps.get(0).attr("href").substring("https://map.kakao.com/?q=".length()),
                        StandardCharsets.UTF_8));
        for (Element map : maps) {
            assertEquals("_blank", map.attr("target"));
            assertTrue(map.attr("rel").contains("noopener"));
            assertTrue(map.attr("aria-label").contains("새 창"), "said to open elsewhere");
        }
        Elements consult = page.select("a.btn[href$=/consult?complex=" + namdong.id() + "]");
        assertFalse(consult.isEmpty());
        assertEquals("이 산업단지에 대해 상담 신청", consult.first().text());
        assertTrue(
                page.select("script[src]").stream().noneMatch(s -> s.attr("src").contains("map")));
    }

    @Test
    void searchEnginesReadAPlaceWithItsFiguresAndTheBreadcrumbs() {
        ComplexDetail namdong = complex(Sido.INCHEON, "남동[재생사업지구]");
        Document page = reader.get(namdong.path()).html();
        String canonical = page.selectFirst("link[rel=canonical]").attr("href");
        assertTrue(canonical.endsWith(namdong.path()), canonical);
        assertEquals(canonical, page.selectFirst("meta[property=og:url]").attr("content"));
        assertTrue(page.selectFirst("meta[property=og:title]").attr("content").startsWith("남동[재생사업지구]"));
        String description = page.selectFirst("meta[name=description]").attr("content");
        assertTrue(description.contains("입주업체 8,080개") && description.contains("2025년 3분기"), description);
        assertTrue(page.title().startsWith("남동[재생사업지구] · 국가산업단지"), page.title());

        JsonObject place = Requests.json(page.getElementById("place-data").data());
        assertEquals("Place", place.getString("@type"));
        assertEquals("남동[재생사업지구]", place.getString("name"));
        assertEquals(canonical, place.getString("url"));
        assertEquals("인천", place.getJsonObject("address").getString("addressRegion"));
        assertEquals(namdong.sigun(), place.getJsonObject("address").getString("addressLocality"));
        JsonObject sido = place.getJsonObject("containedInPlace");
        assertEquals("AdministrativeArea", sido.getString("@type"));
        assertEquals("인천", sido.getString("name"));
        assertTrue(sido.getString("url").endsWith("/complexes/regions/incheon"));
        JsonArray properties = place.getJsonArray("additionalProperty");
        JsonObject tenants = properties.stream()
                .map(JsonValue::asJsonObject)
                .filter(p -> p.getString("name").equals("입주업체"))
                .findFirst()
                .orElseThrow();
        assertEquals("PropertyValue", tenants.getString("@type"));
        assertEquals(8080, tenants.getJsonNumber("value").intValue());
        assertEquals("개", tenants.getString("unitText"));
        assertTrue(properties.stream()
                .map(JsonValue::asJsonObject)
                .anyMatch(p -> p.getString("name").equals("지정면적")
                        && p.getString("unitText").equals("천㎡")));

        JsonObject breadcrumbs =
                Requests.json(page.getElementById("breadcrumb-data").data());
        assertEquals(4, breadcrumbs.getJsonArray("itemListElement").size());
        assertEquals(
                List.of("홈", "산업단지", "인천", "남동[재생사업지구]"),
                page.select("nav.breadcrumb li").eachText());
        assertEquals(
                "/complexes/regions/incheon",
                page.select("nav.breadcrumb a").get(2).attr("href"));
    }

    @Test
    void theChromeSpeaksEnglishToEnglishReaders() {
        ComplexDetail namdong = complex(Sido.INCHEON, "남동[재생사업지구]");
        Document page = reader.get(namdong.path(), "Accept-Language", "en").html();
        assertEquals("en", page.selectFirst("html").attr("lang"));
        assertTrue(page.getElementById("figures-title").text().startsWith("Key figures"));
        assertTrue(page.getElementById("tenant-firms").text().startsWith("8,080"));
        assertTrue(page.selectFirst("table.areas caption").text().contains("Q3 2025"));
        assertEquals("남동[재생사업지구]", page.selectFirst("h1").text(), "content stays Korean");
        assertTrue(page.selectFirst("#figures .source").text().startsWith("Source: KICOX"));
    }

    @Test
    void aWrongOrMissingSlugIsRedirectedAndUnknownComplexesAreNotFound() {
        ComplexDetail namdong = complex(Sido.INCHEON, "남동[재생사업지구]");
        for (String address : List.of(
                "/complexes/" + namdong.id(),
                "/complexes/" + namdong.id() + "/",
                "/complexes/" + namdong.id() + "/old-name")) {
            Http.Reply moved = reader.get(address);
            assertEquals(301, moved.status(), address);
            assertTrue(moved.header("Location").orElseThrow().endsWith(namdong.path()), address);
        }
        for (String address : List.of("/complexes/987654321/x", "/complexes/12x", "/complexes/1/a/b")) {
            Http.Reply missing = reader.get(address);
            assertEquals(404, missing.status(), address);
            assertNotNull(missing.html().selectFirst("footer.site-footer"), "in the site's style: " + address);
            Http.assertNoInternals(missing);
        }
    }

    @Test
    void thePageAsksAFixedNumberOfStatementsWhateverItsMembersAndQuarters() {
        // Two complexes no post speaks of (남동's page costs two more once the news mention it: the search's titles
        // and the posts found, whatever their number, which ComplexPagePostsIT counts).
        long single = statements(complex(Sido.CHUNGNAM, "대죽자원비축").path());
        long bundle = statements(complex(Sido.GYEONGGI, "반월특수지역").path());
        System.out.println("Statements for a complex's page: " + single + ", a bundle's: " + bundle);
        assertEquals(single, bundle, "four members cost no more than none");
        assertTrue(single <= 14, "budget: " + single);
    }

    @Test
    void aSecondQuarterAppliedShowsInTheHistoryAtOnceAndLeavesWithItsUndo() {
        ComplexDetail namdong = complex(Sido.INCHEON, "남동[재생사업지구]");
        long before = statements(namdong.path());
        reader.get(namdong.path());
        assertEquals(0, StatementTally.ofGet(reader, namdong.path()).statementCount(), "kept in the page cache");
        byte[] fourth = KicoxWorkbooks.derive(KicoxWorkbooks.statistics(), book -> {
            KicoxWorkbooks.retitle(book, "2025년 3분기", "2025년 4분기");
            Sheet top = book.getSheet(KicoxWorkbooks.TOP_SHEET);
            KicoxWorkbooks.row(top, "인천", "남동[재생사업지구]").getCell(12).setCellValue(8100);
        });
        AppliedImport applied = imports.apply("2025-4분기.xlsx", fourth, List.of(), "editor-it", null);
        try {
            Document page = reader.get(namdong.path()).html();
            assertEquals("8,100개", page.getElementById("tenant-firms").text(), "the cached page was dropped");
            Element table = page.selectFirst("table.history");
            assertEquals(
                    List.of("2025년 3분기", "2025년 4분기"), table.select("tbody th").eachText());
            assertEquals("8,080", rowOf(table, "2025년 3분기").child(1).text());
            assertEquals("8,100", rowOf(table, "2025년 4분기").child(1).text());
            Element chart = page.selectFirst("#history svg[role=img]");
            assertTrue(chart.text().contains("2025년 3분기") && chart.text().contains("2025년 4분기"));
            assertEquals(
                    "출처: 한국산업단지공단, 전국산업단지현황통계 (2025년 3분기~2025년 4분기)",
                    page.selectFirst("#history .source").text());
            assertEquals(
                    "출처: 한국산업단지공단, 전국산업단지현황통계 (2025년 4분기)",
                    page.selectFirst("#figures .source").text());
            assertEquals(before, statements(namdong.path()), "two quarters cost no more than one");
        } finally {
            assertEquals(
                    applied.imported().id(),
                    imports.undoLast("editor-it").undone().id());
        }
        Document undone = reader.get(namdong.path()).html();
        assertEquals(1, undone.select("table.history tbody tr").size());
        assertEquals("8,080개", undone.getElementById("tenant-firms").text());
    }

    private long statements(String path) {
        StatementTally tally = StatementTally.ofRender(reader, path);
        assertEquals(200, tally.reply().status(), path);
        return tally.statementCount();
    }

    private ComplexDetail complex(Sido sido, String name) {
        long id = repository.complexes().stream()
                .filter(c -> c.getSido() == sido && c.getName().equals(name))
                .findFirst()
                .orElseThrow(() -> new AssertionError(sido + " " + name))
                .getId();
        return directory.complex(id).orElseThrow();
    }

    /** The row of a table whose header cell reads {@code label}. */
    private static Element rowOf(Element table, String label) {
        return table.select("tbody tr").stream()
                .filter(tr -> tr.child(0).text().equals(label))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no row " + label + " in " + table.text()));
    }

    private static String grouped(BigDecimal value, int decimals) {
        return FigureText.number(value, decimals, Locale.KOREAN);
    }
}
