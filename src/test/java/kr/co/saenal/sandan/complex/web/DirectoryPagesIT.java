package kr.co.saenal.sandan.complex.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import kr.co.saenal.sandan.complex.importing.ComplexImport;
import kr.co.saenal.sandan.complex.importing.KicoxWorkbooks;
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
 * {@code /complexes} and {@code /complexes/regions/{시도}} over HTTP, on the directory the demo filled from KICOX's
 * bundled 2025 Q3 workbook: the summary equals KICOX's 요약 sheet, filters, sorts and pages do what their links say,
 * bad values are said and left out, wrong addresses are not found, and a page asks the database the same number of
 * questions however many complexes it shows.
 */
@ExtendWith(ArquillianExtension.class)
class DirectoryPagesIT {

    private static final String SOURCE = "출처: 한국산업단지공단, 전국산업단지현황통계 (2025년 3분기)";

    @Deployment
    static WebArchive deployment() {
        return Deployments.war();
    }

    @Inject
    ComplexImport imports;

    @Inject
    AnnouncedChanges announced;

    private final Http reader = new Http();

    @Test
    void theNationalSummaryEqualsKicoxsSummarySheet() {
        Document page = page("/complexes");
        String line = page.selectFirst(".summary-line").text();
        assertTrue(line.contains("1,349개 산업단지"), line);
        assertTrue(line.contains("1,485,658천㎡"), line);
        assertTrue(line.contains("129,922개"), line);
        assertTrue(line.contains("120,276개"), line);
        assertEquals(List.of("국가", "55", "803,666", "97.07", "67,615", "62,563"), cells(summaryRow(page, "국가")));
        assertEquals(
                List.of("전체", "1,349", "1,485,658"),
                cells(summaryRow(page, "전체")).subList(0, 3));
        String note = page.selectFirst(".summary-note").text();
        assertTrue(note.contains("두 시도에 걸친 4개 국가산업단지는") && note.contains("모두 1,353줄"), note);
        assertTrue(note.contains("실제 단지 수는 1,345개라고 밝힙니다"), "KICOX's own note: " + note);
        assertEquals(
                2,
                page.select(".source-line").stream()
                        .filter(p -> p.text().equals(SOURCE))
                        .count());
    }

    @Test
    void theListCountsSortsAndPages() {
        Document first = page("/complexes");
        assertEquals("1,353개 산업단지", first.selectFirst(".directory-count strong").text());
        assertTrue(first.selectFirst(".directory-count-note").text().contains("시도마다"));
        assertEquals(20, rows(first).size());
        assertEquals("ascending", sortHeader(first, "단지명").attr("aria-sort"));
        assertEquals(1, first.select(".complex-table th[aria-sort]").size());

        Document byArea = page("/complexes?sort=area");
        assertEquals("descending", sortHeader(byArea, "지정면적").attr("aria-sort"));
        List<BigDecimal> areas = column(byArea, 3);
        for (int i = 1; i < areas.size(); i++) {
            assertTrue(areas.get(i - 1).compareTo(areas.get(i)) >= 0, areas.toString());
        }
        String ascending = sortHeader(byArea, "지정면적").selectFirst("a").attr("href");
        assertTrue(ascending.endsWith("/complexes?sort=area&order=asc"), ascending);
        List<BigDecimal> smallest = column(page(ascending), 3);
        assertTrue(smallest.get(0).compareTo(smallest.get(smallest.size() - 1)) <= 0, smallest.toString());

        Document byTenants = page("/complexes?sort=tenants");
        List<BigDecimal> tenants = column(byTenants, 5);
        assertTrue(tenants.get(0).compareTo(tenants.get(1)) >= 0);
        assertEquals("descending", sortHeader(byTenants, "입주업체").attr("aria-sort"));
        List<BigDecimal> rates = column(page("/complexes?sort=sale-rate&order=asc&minRate=1"), 4);
        assertTrue(rates.get(0).compareTo(rates.get(rates.size() - 1)) <= 0, rates.toString());

        Document second = page("/complexes?page=2");
        assertFalse(rows(second).get(0).text().equals(rows(first).get(0).text()));
        assertTrue(second.selectFirst(".pagination a[aria-current=page]").text().equals("2"));
        assertEquals(100, rows(page("/complexes?size=100")).size());
        assertEquals(13, rows(page("/complexes?size=20&page=68")).size(), "1,353 = 67 × 20 + 13");
        assertEquals(404, reader.get("/complexes?page=69").status());
        assertTrue(reader.get("/complexes?page=69").body().contains("error-page"), "the site's own 404");
    }

    @Test
    void filtersNarrowTheList() {
        assertEquals("4개 산업단지", count("/complexes?sido=seoul"));
        assertEquals("59개 산업단지", count("/complexes?type=national"));
        assertEquals("515개 산업단지", count("/complexes?aged=true"));
        assertEquals("838개 산업단지", count("/complexes?aged=false"));
        Document completed = page("/complexes?status=under-construction&size=100");
        rows(completed)
                .forEach(row -> assertEquals("조성중", row.select("td").get(2).text()));
        Document national = page("/complexes?type=national&sido=gyeonggi&size=100");
        rows(national).forEach(row -> {
            assertEquals("국가", row.select("td").get(0).text());
            assertTrue(row.select("td").get(1).text().startsWith("경기 "));
        });
        Document band = page("/complexes?minRate=50&maxRate=60&size=100");
        for (BigDecimal rate : column(band, 4)) {
            assertTrue(rate.compareTo(new BigDecimal("50")) >= 0 && rate.compareTo(new BigDecimal("60")) <= 0);
        }
        assertEquals("50", band.selectFirst("#filter-min").attr("value"));
        Document filtered = page("/complexes?type=national&sido=gyeonggi");
        assertEquals(
                "selected",
                filtered.selectFirst("#filter-sido option[value=gyeonggi]").attr("selected"));
        assertTrue(
                filtered.selectFirst(".csv-link").attr("href").endsWith("/complexes.csv?sido=gyeonggi&type=national"));
    }

    @Test
    void theNameQueryFindsKicoxsNamesAndTheFullNamesReadersUse() {
        Document nam = page("/complexes?q=" + encode("남동") + "&size=100");
        List<String> names = names(nam);
        assertTrue(names.contains("남동[재생사업지구]"), names.toString());
        assertTrue(
                rows(nam).stream()
                                .filter(r -> r.select("td").get(1).text().equals("인천 남동구"))
                                .count()
                        > 1,
                "남동구's other complexes are found by their 시군");
        Document full = page("/complexes?q=" + encode("남동국가산업단지") + "&size=100");
        assertEquals(names, names(full), "the full name finds what 남동 finds");
        assertEquals("남동국가산업단지", full.selectFirst("#filter-q").attr("value"));
        assertTrue(names(page("/complexes?q=" + encode("아산국가산업단지"))).stream().anyMatch(n -> n.startsWith("아산국가")));
        assertEquals("0개 산업단지", count("/complexes?q=" + encode("없는산업단지이름")));
        assertNotNull(page("/complexes?q=" + encode("없는산업단지이름")).selectFirst(".empty"));
    }

    @Test
    void badValuesAreLeftOutAndSaidPolitely() {
        Http.Reply reply = reader.get("/complexes?type=bogus&minRate=abc&page=x&sort=price");
        assertEquals(200, reply.status());
        Document page = reply.html();
        assertEquals("1,353개 산업단지", page.selectFirst(".directory-count strong").text());
        String notes = page.selectFirst(".directory-notes").text();
        assertTrue(notes.contains("유형: ‘bogus’ 값은 쓰지 않았습니다."), notes);
        assertTrue(notes.contains("분양률 하한: ‘abc’"), notes);
        assertTrue(notes.contains("페이지: ‘x’"), notes);
        assertTrue(notes.contains("정렬: ‘price’"), notes);
        Document upsideDown = page("/complexes?minRate=80&maxRate=20");
        assertTrue(upsideDown.selectFirst(".directory-notes").text().contains("분양률 상한"));
        Http.assertNoInternals(reader.get("/complexes?size=1000&aged=maybe"));
    }

    @Test
    void aRegionShowsItsSummaryAndItsComplexes() {
        Document gyeonggi = page("/complexes/regions/gyeonggi");
        assertEquals("경기 산업단지", gyeonggi.selectFirst("h1").text());
        Element total = summaryRow(gyeonggi, "전체");
        long entries = number(cells(total).get(1)).longValueExact();
        BigDecimal tenants = BigDecimal.ZERO;
        long byType = 0;
        for (Element row : gyeonggi.select(".summary-table tbody tr:not(.total)")) {
            byType += number(cells(row).get(1)).longValueExact();
            tenants = tenants.add(number(cells(row).get(4)));
        }
        assertEquals(entries, byType, "the types add up to the 시도");
        assertEquals(0, tenants.compareTo(number(cells(total).get(4))), "입주업체 add up");
        assertEquals(
                String.format("%,d개 산업단지", entries),
                gyeonggi.selectFirst(".directory-count strong").text());
        assertEquals(
                entries,
                number(count("/complexes?sido=gyeonggi").replace("개 산업단지", "")).longValueExact());
        assertEquals(17, gyeonggi.select(".region-links li").size());
        assertEquals(
                "page",
                gyeonggi.selectFirst(".region-links a[href$=/complexes/regions/gyeonggi]")
                        .attr("aria-current"));
        assertTrue(
                gyeonggi.select(".source-line").stream().anyMatch(p -> p.text().equals(SOURCE)));
        assertTrue(gyeonggi.select("#filter-sido").isEmpty(), "the 시도 is the page's own");
        rows(gyeonggi).forEach(r -> assertTrue(r.select("td").get(1).text().startsWith("경기 ")));
        Document national = page("/complexes/regions/gyeonggi?type=national&sort=area");
        assertTrue(national.selectFirst(".pagination") == null);
        assertEquals("descending", sortHeader(national, "지정면적").attr("aria-sort"));
        assertTrue(national.selectFirst("link[rel=canonical]")
                .attr("href")
                .endsWith("/complexes/regions/gyeonggi?type=national&sort=area"));
        assertEquals(17, page("/complexes").select(".region-links li").size());
    }

    @Test
    void unknownAddressesAreNotFound() {
        for (String path : List.of(
                "/complexes/regions/atlantis",
                "/complexes/regions",
                "/complexes/regions/",
                "/complexes/regions/seoul/more",
                "/complex-region",
                "/complexes/regions/seoul?page=9")) {
            Http.Reply reply = reader.get(path);
            assertEquals(404, reply.status(), path);
            Http.assertNoInternals(reply);
        }
    }

    @Test
    void canonicalAddressAndOpenGraph() {
        Document page = page("/complexes?size=50&page=2&type=national");
        assertTrue(page.selectFirst("link[rel=canonical]").attr("href").endsWith("/complexes?type=national&page=2"));
        assertTrue(
                page.selectFirst("meta[property=og:url]").attr("content").endsWith("/complexes?type=national&page=2"));
        assertTrue(page.selectFirst("meta[property=og:title]").attr("content").startsWith("산업단지 찾기"));
        Document plain = page("/complexes");
        assertTrue(plain.selectFirst("link[rel=canonical]").attr("href").endsWith("/complexes"));
        assertTrue(plain.selectFirst("meta[name=description]").attr("content").contains("1,349개 산업단지"));
        assertTrue(plain.selectFirst("title").text().startsWith("전국 산업단지 현황 |"));
        assertEquals("산업단지", plain.selectFirst(".site-nav a.active").text());
        assertEquals(
                "산업단지", plain.selectFirst(".breadcrumb li[aria-current=page]").text());
        Document region = page("/complexes/regions/seoul");
        assertTrue(region.selectFirst("link[rel=canonical]").attr("href").endsWith("/complexes/regions/seoul"));
        assertTrue(region.selectFirst("meta[property=og:description]")
                .attr("content")
                .contains("서울"));
    }

    @Test
    void englishChrome() {
        Http english = new Http();
        Document page = english.get("/complexes", "Accept-Language", "en").html();
        assertEquals("Industrial complexes of Korea", page.selectFirst("h1").text());
        assertTrue(page.selectFirst(".directory-count strong").text().equals("1,353 industrial complexes"));
        assertTrue(page.select(".source-line").stream()
                .anyMatch(p -> p.text()
                        .equals("Source: Korea Industrial Complex Corporation (KICOX),"
                                + " National Industrial Complex Statistics (Q3 2025)")));
        assertEquals(
                "Industrial complexes", page.selectFirst(".site-nav a.active").text());
        Document region =
                english.get("/complexes/regions/busan", "Accept-Language", "en").html();
        assertTrue(region.selectFirst("h1").text().startsWith("Industrial complexes of "));
    }

    @Test
    void theSitemapListsTheListAndEveryRegion() {
        String sitemap = reader.get("/sitemap.xml").body();
        assertTrue(sitemap.contains("/complexes</loc>"));
        for (String sido : List.of("seoul", "busan", "gyeonggi", "jeju", "sejong")) {
            assertTrue(sitemap.contains("/complexes/regions/" + sido + "</loc>"), sido);
        }
    }

    @Test
    void pagesAskTheSameQuestionsHoweverManyComplexesTheyShow() {
        int list20 = statements("/complexes");
        int list100 = statements("/complexes?size=100");
        int list100Page3 = statements("/complexes?size=100&page=3");
        assertEquals(list20, list100, "size 20 and 100");
        assertEquals(list20, list100Page3);
        int filtered = statements("/complexes?type=general&aged=true&minRate=10&q=" + encode("산업"));
        assertEquals(list20, filtered, "filters change no count");
        int region20 = statements("/complexes/regions/gyeonggi");
        int region100 = statements("/complexes/regions/gyeonggi?size=100");
        assertEquals(region20, region100);
        assertTrue(list20 <= 11, () -> "/complexes took " + list20);
        assertTrue(region20 <= 8, () -> "a region took " + region20);
    }

    @Test
    void anonymousReadersAreServedKeptPages() {
        for (String path : List.of("/complexes", "/complexes?type=national&page=2", "/complexes/regions/jeju")) {
            assertEquals(200, reader.get(path).status());
            StatementTally again = StatementTally.ofGet(reader, path);
            assertEquals(200, again.reply().status());
            assertEquals(0, again.statementCount(), () -> path + " was rendered again: " + again);
        }
    }

    @Test
    void anImportAppliedOrUndoneDropsTheKeptPages() {
        int before = announced.count();
        imports.apply("kicox-trend-2026q1.xlsx", KicoxWorkbooks.trend(), List.of(), "directory-pages-it", null);
        int applied = announced.count();
        try {
            assertTrue(applied > before, "applying an import announces a change of the public pages");
        } finally {
            imports.undoLast("directory-pages-it");
        }
        assertTrue(announced.count() > applied, "undoing it too");
        assertEquals("1,353개 산업단지", count("/complexes"), "the directory as it was");
    }

    private int statements(String path) {
        assertEquals(200, reader.get(path).status(), path);
        StatementTally tally = StatementTally.ofRender(reader, path);
        assertEquals(200, tally.reply().status(), path);
        System.out.println("Statements for " + path + ": " + tally.statementCount());
        return tally.statementCount();
    }

    private Document page(String path) {
        Http.Reply reply = reader.get(path);
        assertEquals(200, reply.status(), path);
        return reply.html();
    }

    private String count(String path) {
        return page(path).selectFirst(".directory-count strong").text();
    }

    private static List<Element> rows(Document page) {
        return page.select(".complex-table tbody tr");
    }

    private static List<String> names(Document page) {
        return rows(page).stream().map(r -> r.selectFirst("th a").text()).toList();
    }

    private static Element sortHeader(Document page, String label) {
        return page.select(".complex-table thead th").stream()
                .filter(th -> th.text().startsWith(label))
                .findFirst()
                .orElseThrow();
    }

    private static Element summaryRow(Document page, String label) {
        return page.select(".summary-table tbody tr").stream()
                .filter(tr -> tr.selectFirst("th").text().equals(label))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no summary row " + label));
    }

    private static List<String> cells(Element row) {
        return row.children().stream().map(Element::text).toList();
    }

    /** The numbers of a column of the list (td index), leaving out 비공개/없음. */
    private static List<BigDecimal> column(Document page, int td) {
        return rows(page).stream()
                .map(r -> r.select("td").get(td).selectFirst(".rate-value") != null
                        ? r.select("td").get(td).selectFirst(".rate-value").text()
                        : r.select("td").get(td).text())
                .filter(text -> text.matches("[0-9,.]+"))
                .map(DirectoryPagesIT::number)
                .toList();
    }

    private static BigDecimal number(String text) {
        return new BigDecimal(text.replace(",", "").strip());
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
