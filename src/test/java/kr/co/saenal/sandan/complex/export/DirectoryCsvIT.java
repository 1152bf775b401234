package kr.co.saenal.sandan.complex.export;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
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
 * {@code GET /complexes.csv} against the deployed WAR with the demo directory, read back with an RFC 4180 parser
 * as a spreadsheet would: the byte order mark, the download's names, the Korean headings, one row for every complex
 * the API counts for the same filter (all pages), the list's order, plain numbers, the source line last; bad filters
 * refused in Korean; validators.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class DirectoryCsvIT {

    private static final Pattern NUMBER_OR_MARK = Pattern.compile("[0-9]+(\\.[0-9]+)?|비공개|없음");
    private static final int FIGURES_FROM = 5;
    private static final int FIGURES = 9;

    @Deployment
    static WebArchive deployment() {
        return Deployments.war();
    }

    private final Http http = new Http();

    @Test
    void everyComplexIsARowBetweenTheKoreanHeadingsAndTheSourceLine() {
        Http.Reply reply = http.get("/complexes.csv");
        assertEquals(200, reply.status(), reply::toString);
        assertEquals("text/csv;charset=UTF-8", reply.contentType().replace(" ", ""));
        assertArrayEquals(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, Arrays.copyOf(reply.bytes(), 3));
        assertEquals(
                "attachment; filename=\"complexes-2025Q3.csv\"; filename*=UTF-8''"
                        + URLEncoder.encode("산업단지_2025년3분기", StandardCharsets.UTF_8) + ".csv",
                reply.header("Content-Disposition").orElse(null));

        List<List<String>> rows = parse(reply.bytes());
        assertEquals(
                List.of(
                        "유형",
                        "시도",
                        "시군",
                        "단지명",
                        "조성상태",
                        "지정면적(천㎡)",
                        "관리면적(천㎡)",
                        "산업시설구역 전체면적(천㎡)",
                        "산업시설구역 분양대상(천㎡)",
                        "산업시설구역 분양(천㎡)",
                        "산업시설구역 미분양(천㎡)",
                        "분양률(%)",
                        "입주업체(개)",
                        "가동업체(개)",
                        "노후",
                        "두 시도",
                        "페이지"),
                rows.get(0));
        assertEquals(total("/api/complexes?size=1") + 2, rows.size(), "heading, every complex, source");
        assertEquals(1_353 + 2, rows.size());
        assertEquals(List.of("출처: 한국산업단지공단, 전국산업단지현황통계 (2025년 3분기)"), rows.get(rows.size() - 1));
        for (List<String> row : rows.subList(1, rows.size() - 1)) {
            assertEquals(17, row.size(), row::toString);
            for (String figure : row.subList(FIGURES_FROM, FIGURES_FROM + FIGURES)) {
                assertTrue(NUMBER_OR_MARK.matcher(figure).matches(), () -> "plain number or mark: " + row);
            }
            assertTrue(Set.of("예", "아니요").contains(row.get(14)), row::toString);
            assertTrue(row.get(16).matches("https?://[^/]+/complexes/[0-9]+/.+"), row::toString);
        }
        long aged = rows.subList(1, rows.size() - 1).stream()
                .filter(row -> row.get(14).equals("예"))
                .count();
        assertEquals(515, aged);
    }

    @Test
    void theFilterAndSortOfTheListApplyToAllItsPages() {
        List<List<String>> rows = parse(
                http.get("/complexes.csv?type=national&sort=area&page=3&size=5").bytes());
        List<List<String>> complexes = rows.subList(1, rows.size() - 1);
        assertEquals(59, complexes.size(), "page and size are not used");
        assertTrue(complexes.stream().allMatch(row -> row.get(0).equals("국가")));
        assertEquals("반월특수지역", complexes.get(0).get(3), "largest 지정면적 first, as the list sorts");

        JsonObject api = Requests.json(
                http.get("/api/complexes?type=national&sort=area&size=100").body());
        assertEquals(
                api.getJsonArray("items").getValuesAs(JsonObject.class).stream()
                        .map(item -> item.getString("name"))
                        .toList(),
                complexes.stream().map(row -> row.get(3)).toList(),
                "the same complexes in the same order as the API and the list");

        String q = URLEncoder.encode("남동", StandardCharsets.UTF_8);
        List<List<String>> namdong =
                parse(http.get("/complexes.csv?sido=incheon&q=" + q).bytes());
        assertEquals(total("/api/complexes?sido=incheon&q=" + q) + 2, namdong.size());
        assertTrue(namdong.stream().anyMatch(row -> row.get(3).equals("남동[재생사업지구]")));
    }

    @Test
    void namesWithCommasOrQuotesAreQuotedSoThatEveryRowKeepsItsColumns() {
        byte[] csv = http.get("/complexes.csv").bytes();
        String text = new String(csv, 3, csv.length - 3, StandardCharsets.UTF_8);
        List<List<String>> rows = parse(csv);
        List<String> awkward = rows.subList(1, rows.size() - 1).stream()
                .map(row -> row.get(3))
                .filter(name -> name.contains(",") || name.contains("\""))
                .toList();
        for (String name : awkward) {
            assertTrue(text.contains("\"" + name.replace("\"", "\"\"") + "\""), name);
        }
        assertFalse(
                text.lines().skip(1).anyMatch(line -> line.startsWith("=") || line.contains(",=")),
                "no cell starts a formula");
        assertTrue(text.endsWith("\"출처: 한국산업단지공단, 전국산업단지현황통계 (2025년 3분기)\"\r\n"));
    }

    @Test
    void aFilterTheListCannotUseIsRefusedInKoreanNamingEachParameter() {
        Http.Reply reply = http.get("/complexes.csv?type=nope&minRate=abc&sido=incheon");
        assertEquals(400, reply.status(), reply::toString);
        assertTrue(reply.contentType().startsWith("text/plain"), reply.contentType());
        String body = reply.body();
        assertTrue(body.contains("CSV를 만들지 않았습니다"), body);
        assertTrue(body.contains("type=nope: 알 수 없는 값입니다."), body);
        assertTrue(body.contains("minRate=abc: 분양률은 0에서 100 사이의 숫자(%)여야 합니다."), body);
        assertFalse(body.contains("sido="), body);
        Http.assertNoInternals(reply);
    }

    @Test
    void theFileCarriesAValidatorAndIsNotSentAgainWhenUnchanged() {
        Http.Reply first = http.get("/complexes.csv?type=urban-high-tech");
        String etag = first.header("ETag").orElseThrow();
        assertTrue(first.header("Cache-Control").orElse("").contains("public"));
        Http.Reply again = http.get("/complexes.csv?type=urban-high-tech", "If-None-Match", etag);
        assertEquals(304, again.status(), again::toString);
        assertEquals(0, again.bytes().length);
        Http.Reply other = http.get("/complexes.csv?type=national", "If-None-Match", etag);
        assertEquals(200, other.status(), "another filter is another file");
    }

    private long total(String apiPath) {
        return Requests.json(http.get(apiPath).body()).getJsonNumber("total").longValue();
    }

    /** RFC 4180: fields separated by commas, records by CRLF, quoted fields may hold both and doubled quotes. */
    static List<List<String>> parse(byte[] csv) {
        String text = new String(csv, 3, csv.length - 3, StandardCharsets.UTF_8);
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"' && field.isEmpty()) {
                quoted = true;
            } else if (c == ',') {
                row.add(field.toString());
                field.setLength(0);
            } else if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                row.add(field.toString());
                field.setLength(0);
                rows.add(row);
                row = new ArrayList<>();
                i++;
            } else {
                field.append(c);
            }
        }
        assertTrue(field.isEmpty() && row.isEmpty(), "the last record ends with CRLF");
        return rows.stream().map(List::copyOf).collect(Collectors.toList());
    }
}
