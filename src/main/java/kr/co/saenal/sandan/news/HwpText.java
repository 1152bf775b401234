package kr.co.saenal.sandan.news;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.apache.poi.poifs.filesystem.DirectoryEntry;
import org.apache.poi.poifs.filesystem.DocumentInputStream;
import org.apache.poi.poifs.filesystem.Entry;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;

/**
 * The text of 한글 documents, read by us from the published formats (Hancom's HWP 5.0 and OWPML specifications)
 * rather than with a library: the body of an HWP is in the OLE2 storage {@code BodyText}, one stream per section
 * ({@code Section0}, …), raw-deflated when the file header says so, a sequence of records whose
 * {@code HWPTAG_PARA_TEXT} (67) records hold each paragraph's text in UTF-16 with inline controls; an HWPX is a ZIP
 * whose {@code Contents/section*.xml} hold the paragraphs ({@code hp:p}) and their text runs ({@code hp:t}).
 */
public final class HwpText {

    static final int TAG_PARA_TEXT = 67;
    private static final Pattern SECTION = Pattern.compile("Section(\\d+)");
    private static final Pattern HWPX_SECTION = Pattern.compile("Contents/section(\\d+)\\.xml");
    /** More inflated body than any real document has: a bomb stops here. */
    private static final int MAX_INFLATED = 64 * 1024 * 1024;

    private HwpText() {}

    public static String ofHwp(Path file) throws IOException {
        try (POIFSFileSystem ole = new POIFSFileSystem(file.toFile(), true)) {
            DirectoryEntry root = ole.getRoot();
            byte[] header = bytes(root, "FileHeader");
            if (header.length < 40) {
                return "";
            }
            int properties = ByteBuffer.wrap(header, 36, 4)
                    .order(ByteOrder.LITTLE_ENDIAN)
                    .getInt();
            boolean compressed = (properties & 1) != 0;
            boolean locked = (properties & 2) != 0 || (properties & 4) != 0; // password, or 배포용 (distribution)
            if (locked || !root.hasEntry("BodyText")) {
                return "";
            }
            DirectoryEntry body = (DirectoryEntry) root.getEntry("BodyText");
            List<Entry> sections = new ArrayList<>();
            body.getEntries().forEachRemaining(entry -> {
                if (SECTION.matcher(entry.getName()).matches()) {
                    sections.add(entry);
                }
            });
            sections.sort(Comparator.comparingInt(entry -> number(SECTION, entry.getName())));
            StringBuilder text = new StringBuilder();
            for (Entry section : sections) {
                byte[] data = bytes(body, section.getName());
                paragraphs(compressed ? inflate(data) : data, text);
                if (text.length() > AttachmentText.MAX_CHARS) {
                    break;
                }
            }
            return text.toString();
        }
    }

    /** Appends the text of every PARA_TEXT record; a record header is tag (10 bits), level (10), size (12). */
    static void paragraphs(byte[] records, StringBuilder text) {
        ByteBuffer buffer = ByteBuffer.wrap(records).order(ByteOrder.LITTLE_ENDIAN);
        while (buffer.remaining() >= 4) {
            int header = buffer.getInt();
            int tag = header & 0x3FF;
            int size = (header >>> 20) & 0xFFF;
            if (size == 0xFFF) {
                if (buffer.remaining() < 4) {
                    return;
                }
                size = buffer.getInt();
            }
            if (size < 0 || size > buffer.remaining()) {
                return;
            }
            if (tag == TAG_PARA_TEXT) {
                paragraph(buffer.slice(buffer.position(), size).order(ByteOrder.LITTLE_ENDIAN), text);
                text.append('\n');
            }
            buffer.position(buffer.position() + size);
        }
    }

    /**
     * One paragraph's characters. Codes below 32 are controls: 0, 10, 13 and 24–31 are one character long (breaks,
     * hyphens, spaces); the others (tables, pictures, fields, footnotes…) take eight characters with their data.
     */
    private static void paragraph(ByteBuffer chars, StringBuilder text) {
        while (chars.remaining() >= 2) {
            char c = chars.getChar();
            if (c >= 32) {
                text.append(c);
            } else if (c == 10 || c == 13) {
                text.append('\n');
            } else if (c >= 24) {
                text.append(' ');
            } else if (c != 0) {
                chars.position(Math.min(chars.limit(), chars.position() + 14));
            }
        }
    }

    private static byte[] inflate(byte[] data) throws IOException {
        Inflater inflater = new Inflater(true);
        try {
            inflater.setInput(data);
            ByteArrayOutputStream out = new ByteArrayOutputStream(data.length * 4);
            byte[] buffer = new byte[64 * 1024];
            while (!inflater.finished()) {
                int n = inflater.inflate(buffer);
                if (n == 0 && (inflater.needsInput() || inflater.needsDictionary())) {
                    break;
                }
                out.write(buffer, 0, n);
                if (out.size() > MAX_INFLATED) {
                    throw new IOException("HWP section inflates past " + MAX_INFLATED + " bytes");
                }
            }
            return out.toByteArray();
        } catch (DataFormatException e) {
            throw new IOException("HWP section is not deflated", e);
        } finally {
            inflater.end();
        }
    }

    private static byte[] bytes(DirectoryEntry directory, String name) throws IOException {
        try (DocumentInputStream in =
                new DocumentInputStream((org.apache.poi.poifs.filesystem.DocumentEntry) directory.getEntry(name))) {
            return in.readAllBytes();
        }
    }

    public static String ofHwpx(Path file) throws IOException {
        try (ZipFile zip = new ZipFile(file.toFile())) {
            List<ZipEntry> sections = zip.stream()
                    .filter(entry -> HWPX_SECTION.matcher(entry.getName()).matches())
                    .sorted(Comparator.comparingInt(entry -> number(HWPX_SECTION, entry.getName())))
                    .map(entry -> (ZipEntry) entry)
                    .toList();
            StringBuilder text = new StringBuilder();
            for (ZipEntry section : sections) {
                try (InputStream in = zip.getInputStream(section)) {
                    owpml(in, text);
                }
                if (text.length() > AttachmentText.MAX_CHARS) {
                    break;
                }
            }
            return text.toString();
        }
    }

    /** Text runs ({@code t}) in order, a line break after each paragraph ({@code p}); no DTDs, no entities. */
    private static void owpml(InputStream in, StringBuilder text) throws IOException {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        try {
            XMLStreamReader xml = factory.createXMLStreamReader(in);
            int depthInText = 0;
            while (xml.hasNext()) {
                int event = xml.next();
                if (event == XMLStreamConstants.START_ELEMENT
                        && xml.getLocalName().equals("t")) {
                    depthInText++;
                } else if (event == XMLStreamConstants.END_ELEMENT
                        && xml.getLocalName().equals("t")) {
                    depthInText--;
                } else if (event == XMLStreamConstants.END_ELEMENT
                        && xml.getLocalName().equals("p")) {
                    text.append('\n');
                } else if (depthInText > 0
                        && (event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA)) {
                    text.append(xml.getText());
                }
            }
            xml.close();
        } catch (XMLStreamException e) {
            throw new IOException("HWPX section is not XML", e);
        }
    }

    private static int number(Pattern pattern, String name) {
        Matcher m = pattern.matcher(name);
        return m.matches() ? Integer.parseInt(m.group(1)) : Integer.MAX_VALUE;
    }
}
