package kr.co.saenal.sandan.news;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import kr.co.saenal.sandan.news.AttachmentRefusedException.Reason;
import kr.co.saenal.sandan.testsupport.AttachmentFixtures;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** What a file is, told by its content; and the text search gets from PDFs and 한글 files. */
class AttachmentInspectorTest {

    private Path file;

    private Path write(byte[] content) throws IOException {
        file = Files.createTempFile("inspected", ".bin");
        Files.write(file, content);
        return file;
    }

    @AfterEach
    void delete() throws IOException {
        if (file != null) {
            Files.deleteIfExists(file);
        }
    }

    private AttachmentKind kind(String name, byte[] content) throws IOException {
        return AttachmentInspector.inspect(name, write(content));
    }

    private Reason refusal(String name, byte[] content) throws IOException {
        Path written = write(content);
        return assertThrows(AttachmentRefusedException.class, () -> AttachmentInspector.inspect(name, written))
                .reason();
    }

    @Test
    void documentsAreKnownByTheirContent() throws IOException {
        assertEquals(AttachmentKind.PDF, kind("공고문.PDF", AttachmentFixtures.pdf("Notice")));
        assertEquals(AttachmentKind.HWP, kind("공고문.hwp", AttachmentFixtures.hwp("공고")));
        assertEquals(AttachmentKind.HWPX, kind("공고문.hwpx", AttachmentFixtures.hwpx("공고")));
        assertEquals(AttachmentKind.DOCX, kind("신청서.docx", AttachmentFixtures.docx(false)));
        assertEquals(AttachmentKind.ZIP, kind("양식.zip", AttachmentFixtures.plainZip()));
        try (XSSFWorkbook workbook = new XSSFWorkbook();
                var out = new java.io.ByteArrayOutputStream()) {
            workbook.createSheet("명단");
            workbook.write(out);
            assertEquals(AttachmentKind.XLSX, kind("명단.xlsx", out.toByteArray()));
        }
    }

    @Test
    void impostorsAndDangerousFilesAreRefused() throws IOException {
        assertEquals(Reason.EXECUTABLE, refusal("공고문.pdf", AttachmentFixtures.program()));
        assertEquals(Reason.MISMATCH, refusal("공고문.pdf", AttachmentFixtures.html()));
        assertEquals(Reason.MACRO, refusal("신청서.docm", AttachmentFixtures.docx(true)));
        assertEquals(Reason.MACRO, refusal("신청서.docx", AttachmentFixtures.docx(true)));
        assertEquals(Reason.ENCRYPTED, refusal("자료.zip", AttachmentFixtures.encryptedZip()));
        assertEquals(Reason.MISMATCH, refusal("공고문.hwp", AttachmentFixtures.pdf("Notice")));
        assertEquals(Reason.MISMATCH, refusal("공고문.zip", AttachmentFixtures.hwpx("공고")));
        assertEquals(Reason.EMPTY, refusal("빈파일.pdf", new byte[0]));
        assertEquals(Reason.UNSUPPORTED, refusal("메모.txt", "그냥 글".getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    }

    @Test
    void textIsReadFromPdfHwpAndHwpx() throws IOException {
        assertTrue(AttachmentText.of(AttachmentKind.PDF, write(AttachmentFixtures.pdf("Gwanggyo subsidy notice")))
                .contains("Gwanggyo subsidy notice"));
        assertEquals(
                "스마트공장 지원사업 공고\n신청 기한은 12월 15일",
                AttachmentText.of(
                        AttachmentKind.HWP, write(AttachmentFixtures.hwp("스마트공장 지원사업 공고", "신청 기한은 12월 15일"))));
        assertEquals(
                "입주기업 설명회 안내\n장소: 반월국가산업단지",
                AttachmentText.of(AttachmentKind.HWPX, write(AttachmentFixtures.hwpx("입주기업 설명회 안내", "장소: 반월국가산업단지"))));
    }
}
