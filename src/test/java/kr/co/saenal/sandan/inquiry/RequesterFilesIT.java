package kr.co.saenal.sandan.inquiry;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import kr.co.saenal.sandan.security.AccessAction;
import kr.co.saenal.sandan.security.AccessLog;
import kr.co.saenal.sandan.security.Role;
import kr.co.saenal.sandan.testsupport.Deployments;
import kr.co.saenal.sandan.testsupport.Forms;
import kr.co.saenal.sandan.testsupport.Http;
import kr.co.saenal.sandan.testsupport.Requests;
import kr.co.saenal.sandan.testsupport.Staff;
import kr.co.saenal.sandan.testsupport.StaffAccounts;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Documents sent with the consultation form: judged by their bytes, stored with the request or not at all, opened
 * only by consultants (each opening in the access log), destroyed with the request.
 */
@ExtendWith(ArquillianExtension.class)
class RequesterFilesIT {

    private static final Pattern RECEIPT = Pattern.compile("접수번호\\D*(\\d+)");
    private static final byte[] PDF =
            "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << >>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

    @Deployment
    static WebArchive deployment() {
        return Deployments.war();
    }

    @Inject
    InquiryRepository inquiries;

    @Inject
    InquiryDesk desk;

    @Inject
    AccessLog accessLog;

    @Inject
    StaffAccounts accounts;

    @Test
    void aDocumentComesWithTheRequestIsOpenedByConsultantsOnlyAndGoesWithItsDestruction() {
        LinkedHashMap<String, byte[]> files = new LinkedHashMap<>();
        files.put("사업계획서.pdf", PDF);
        Http visitor = new Http();
        Http.Reply sent = send(visitor, "자료첨부", files);
        assertEquals(
                302,
                sent.status(),
                () -> sent.html().select(".field-error, .form-alert").text());
        Matcher receipt = RECEIPT.matcher(
                visitor.get(sent.header("Location").orElseThrow()).html().text());
        assertTrue(receipt.find());
        long id = Long.parseLong(receipt.group(1));
        assertEquals(1, desk.files(id).size());

        Http admin = new Http();
        Staff.logIn(admin, Staff.ADMIN, Staff.ADMIN_PASSWORD);
        Document page = admin.get("/admin/inquiry?id=" + id).html();
        String link = page.select("#requester-files a").attr("href");
        assertTrue(
                page.select("#requester-files").text().contains("사업계획서.pdf"),
                page.select("dl").text());
        Http.Reply download = admin.get(link);
        assertEquals(200, download.status());
        assertArrayEquals(PDF, download.bytes());
        assertEquals("application/pdf", download.contentType());
        assertTrue(
                download.header("Content-Disposition").orElseThrow().startsWith("attachment;")
                        && download.header("Content-Disposition").orElseThrow().contains("filename*=UTF-8''%EC%82%AC"),
                download.header("Content-Disposition").orElseThrow());
        assertEquals("nosniff", download.header("X-Content-Type-Options").orElseThrow());
        assertEquals("no-store", download.header("Cache-Control").orElseThrow());
        assertTrue(
                accessLog.about(id).stream().anyMatch(r -> r.getAction() == AccessAction.FILE),
                "the opening is in the access log");

        String basic = Http.basic(Staff.ADMIN, Staff.ADMIN_PASSWORD);
        Http api = new Http();
        JsonObject details = Requests.json(
                api.get("/api/inquiries/" + id, "Authorization", basic).body());
        JsonObject listed = details.getJsonArray("files").getJsonObject(0);
        assertEquals("사업계획서.pdf", listed.getString("fileName"));
        assertEquals("application/pdf", listed.getString("contentType"));
        assertEquals(PDF.length, listed.getJsonNumber("size").longValue());
        long recordsBefore = fileOpenings(id);
        Http.Reply byApi = api.get(listed.getString("href"), "Authorization", basic);
        assertEquals(200, byApi.status(), byApi::toString);
        assertArrayEquals(PDF, byApi.bytes());
        assertEquals(
                download.header("Content-Disposition"),
                byApi.header("Content-Disposition"),
                "the same name as the page's");
        assertEquals("no-store", byApi.header("Cache-Control").orElseThrow());
        assertEquals(recordsBefore + 1, fileOpenings(id), "an opening through the API is in the access log too");
        assertEquals(
                404,
                api.get(
                                "/api/inquiries/" + id + "/files/"
                                        + (listed.getJsonNumber("id").longValue() + 1000),
                                "Authorization",
                                basic)
                        .status(),
                "no such file of this request");

        accounts.createOnce("files-editor", "Files-Editor-2026", Role.EDITOR);
        assertEquals(
                403,
                api.get(listed.getString("href"), "Authorization", Http.basic("files-editor", "Files-Editor-2026"))
                        .status(),
                "an editor's account may not");
        Http editor = new Http();
        Staff.logIn(editor, "files-editor", "Files-Editor-2026");
        assertEquals(404, editor.get(link).status(), "an editor sees no personal data");

        desk.destroy(id, new StaffActor(Staff.ADMIN, "127.0.0.1"), "신청인의 파기 요청");
        assertTrue(desk.files(id).isEmpty(), "destroyed with the request");
        assertEquals(404, admin.get(link).status());
        assertEquals(
                404, api.get(listed.getString("href"), "Authorization", basic).status());
        assertEquals(
                0,
                Requests.json(api.get("/api/inquiries/" + id, "Authorization", basic)
                                .body())
                        .getJsonArray("files")
                        .size());
    }

    private long fileOpenings(long id) {
        return accessLog.about(id).stream()
                .filter(r -> r.getAction() == AccessAction.FILE)
                .count();
    }

    @Test
    void aProgramDressedAsAPdfOrAThirdFileIsRefusedAndNothingIsStored() {
        long before = inquiries.count();
        LinkedHashMap<String, byte[]> disguised = new LinkedHashMap<>();
        disguised.put("계획서.pdf", "MZ\u0090\u0000 this program cannot be run".getBytes(StandardCharsets.ISO_8859_1));
        Http.Reply refused = send(new Http(), "실행파일", disguised);
        assertEquals(200, refused.status());
        String problems = refused.html().select(".field-error").text();
        assertTrue(problems.contains("실행 파일"), problems);

        LinkedHashMap<String, byte[]> three = new LinkedHashMap<>();
        three.put("a.pdf", PDF);
        three.put("b.pdf", PDF);
        three.put("c.pdf", PDF);
        Http.Reply tooMany = send(new Http(), "세개", three);
        assertTrue(
                tooMany.html().select(".field-error").text().contains("2개까지"),
                tooMany.html().text());

        LinkedHashMap<String, byte[]> text = new LinkedHashMap<>();
        text.put("메모.txt", "그냥 글".getBytes(StandardCharsets.UTF_8));
        Http.Reply plain = send(new Http(), "글파일", text);
        assertTrue(
                plain.html().select(".field-error").text().contains("메모.txt"),
                plain.html().text());
        assertEquals(before, inquiries.count(), "nothing stored");
    }

    private static Http.Reply send(Http visitor, String name, LinkedHashMap<String, byte[]> files) {
        Document page = visitor.get("/consult").html();
        Map<String, String> form = Forms.submission(
                page,
                "consult",
                Map.of(
                        "consult:name", name,
                        "consult:phone", "01098765432",
                        "consult:email", "files@namdong.example.kr",
                        "consult:message", "사업계획서를 함께 보냅니다.",
                        "consult:privacyConsent", "on"));
        form.remove("consult:files");
        return visitor.postMultipart(Forms.action(page, "consult"), form, "consult:files", files);
    }
}
