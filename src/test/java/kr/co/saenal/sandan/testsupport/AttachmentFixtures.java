package kr.co.saenal.sandan.testsupport;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.poi.poifs.filesystem.DirectoryEntry;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;

/**
 * Real small files of every kind the attachment tests need, made in the test: a PDF (PDFBox), an HWP 5 (an OLE2
 * compound file written with POI: FileHeader, {@code \u0005HwpSummaryInformation}, DocInfo and a deflated
 * {@code BodyText/Section0} of paragraph records, as Hancom's specification lays them out), an HWPX (a ZIP with
 * {@code mimetype} and {@code Contents/section0.xml}), Office files, a macro-enabled one, an encrypted ZIP, and
 * impostors (a program, HTML called .pdf).
 */
public final class AttachmentFixtures {

    private AttachmentFixtures() {}

    /** A one-page PDF whose text is {@code line} (Latin letters: the standard fonts have no Hangul). */
    public static byte[] pdf(String line) {
        try (PDDocument document = new PDDocument();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDPage page = new PDPage();
            document.addPage(page);
            try (PDPageContentStream text = new PDPageContentStream(document, page)) {
                text.beginText();
                text.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 14);
                text.newLineAtOffset(72, 700);
                text.showText(line);
                text.endText();
            }
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** An HWP 5.0 document with these paragraphs, compressed as 한글 writes it. */
    public static byte[] hwp(String... paragraphs) {
        try (POIFSFileSystem ole = new POIFSFileSystem();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            byte[] header = new byte[256];
            byte[] signature = "HWP Document File".getBytes(StandardCharsets.US_ASCII);
            System.arraycopy(signature, 0, header, 0, signature.length);
            ByteBuffer.wrap(header, 32, 8)
                    .order(ByteOrder.LITTLE_ENDIAN)
                    .putInt(0x05000300)
                    .putInt(1); // 5.0.3.0, compressed
            ole.createDocument(new java.io.ByteArrayInputStream(header), "FileHeader");
            ole.createDocument(new java.io.ByteArrayInputStream(new byte[64]), "\u0005HwpSummaryInformation");
            ole.createDocument(new java.io.ByteArrayInputStream(deflate(new byte[0])), "DocInfo");
            ByteArrayOutputStream records = new ByteArrayOutputStream();
            for (String paragraph : paragraphs) {
                byte[] text = (paragraph + "\r").getBytes(StandardCharsets.UTF_16LE);
                record(records, 66, new byte[22]); // PARA_HEADER
                record(records, 67, withControl(text)); // PARA_TEXT
            }
            DirectoryEntry body = ole.createDirectory("BodyText");
            body.createDocument("Section0", new java.io.ByteArrayInputStream(deflate(records.toByteArray())));
            ole.writeFilesystem(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A section-definition control (eight characters: code 2, its id "secd", the rest) before the text. */
    private static byte[] withControl(byte[] text) {
        ByteBuffer control = ByteBuffer.allocate(16 + text.length).order(ByteOrder.LITTLE_ENDIAN);
        control.putChar((char) 2)
                .put("dces".getBytes(StandardCharsets.US_ASCII))
                .put(new byte[8])
                .putChar((char) 2);
        control.put(text);
        return control.array();
    }

    private static void record(ByteArrayOutputStream out, int tag, byte[] data) {
        ByteBuffer header = ByteBuffer.allocate(4).order(ByteOrder.LITTLE_ENDIAN);
        header.putInt(tag | (Math.min(data.length, 0xFFF) << 20));
        out.writeBytes(header.array());
        if (data.length >= 0xFFF) {
            out.writeBytes(ByteBuffer.allocate(4)
                    .order(ByteOrder.LITTLE_ENDIAN)
                    .putInt(data.length)
                    .array());
        }
        out.writeBytes(data);
    }

    private static byte[] deflate(byte[] data) {
        Deflater deflater = new Deflater(Deflater.DEFAULT_COMPRESSION, true);
        deflater.setInput(data);
        deflater.finish();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        while (!deflater.finished()) {
            out.write(buffer, 0, deflater.deflate(buffer));
        }
        deflater.end();
        return out.toByteArray();
    }

    /** An HWPX document (OWPML) with these paragraphs. */
    public static byte[] hwpx(String... paragraphs) {
        StringBuilder section = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                + "<hs:sec xmlns:hs=\"http://www.hancom.co.kr/hwpml/2011/section\""
                + " xmlns:hp=\"http://www.hancom.co.kr/hwpml/2011/paragraph\">");
        for (String paragraph : paragraphs) {
            section.append("<hp:p><hp:run charPrIDRef=\"0\"><hp:t>")
                    .append(paragraph.replace("&", "&amp;").replace("<", "&lt;"))
                    .append("</hp:t></hp:run></hp:p>");
        }
        section.append("</hs:sec>");
        return zip(
                "mimetype", "application/hwp+zip",
                "version.xml",
                        "<?xml version=\"1.0\"?><hv:HCFVersion xmlns:hv=\"http://www.hancom.co.kr/hwpml/2011/version\"/>",
                "Contents/content.hpf",
                        "<?xml version=\"1.0\"?><opf:package xmlns:opf=\"http://www.idpf.org/2007/opf/\"/>",
                "Contents/section0.xml", section.toString());
    }

    /** A Word document (DOCX); with {@code macros}, a macro-enabled one (what Word saves as .docm). */
    public static byte[] docx(boolean macros) {
        String main = macros
                ? "application/vnd.ms-word.document.macroEnabled.main+xml"
                : "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml";
        String types =
                "<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                        + "<Override PartName=\"/word/document.xml\" ContentType=\"" + main + "\"/></Types>";
        String document =
                "<?xml version=\"1.0\"?><w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body/></w:document>";
        return macros
                ? zip("[Content_Types].xml", types, "word/document.xml", document, "word/vbaProject.bin", "VBA")
                : zip("[Content_Types].xml", types, "word/document.xml", document);
    }

    /** A ZIP whose one entry is marked encrypted (ZipCrypto), as a password-protected archive is. */
    public static byte[] encryptedZip() {
        byte[] zip = zip("secret.txt", "not really secret");
        ByteBuffer buffer = ByteBuffer.wrap(zip).order(ByteOrder.LITTLE_ENDIAN);
        for (int i = 0; i + 4 <= zip.length; i++) {
            int signature = buffer.getInt(i);
            if (signature == 0x04034b50) {
                buffer.putShort(i + 6, (short) (buffer.getShort(i + 6) | 1));
            } else if (signature == 0x02014b50) {
                buffer.putShort(i + 8, (short) (buffer.getShort(i + 8) | 1));
            }
        }
        return zip;
    }

    /** A plain ZIP. */
    public static byte[] plainZip() {
        return zip("양식/신청서.txt", "신청서 양식");
    }

    /** The start of a Windows program (an MZ header and its PE stub). */
    public static byte[] program() {
        byte[] exe = new byte[1024];
        exe[0] = 'M';
        exe[1] = 'Z';
        byte[] stub = "This program cannot be run in DOS mode.".getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(stub, 0, exe, 78, stub.length);
        return exe;
    }

    /** A web page, of the kind a phishing upload pretends is a PDF. */
    public static byte[] html() {
        return "<!DOCTYPE html><html><head><title>공고문</title></head><body><script>alert(1)</script></body></html>"
                .getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] zip(String... namesAndTexts) {
        try (ByteArrayOutputStream out = new ByteArrayOutputStream();
                ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8)) {
            for (int i = 0; i < namesAndTexts.length; i += 2) {
                byte[] data = namesAndTexts[i + 1].getBytes(StandardCharsets.UTF_8);
                ZipEntry entry = new ZipEntry(namesAndTexts[i]);
                if (namesAndTexts[i].equals("mimetype")) {
                    entry.setMethod(ZipEntry.STORED); // first and uncompressed, as OWPML (and EPUB) want it
                    entry.setSize(data.length);
                    CRC32 crc = new CRC32();
                    crc.update(data);
                    entry.setCrc(crc.getValue());
                }
                zip.putNextEntry(entry);
                zip.write(data);
                zip.closeEntry();
            }
            zip.finish();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
