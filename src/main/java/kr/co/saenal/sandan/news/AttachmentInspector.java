package kr.co.saenal.sandan.news;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Enumeration;
import java.util.Locale;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import kr.co.saenal.sandan.news.AttachmentRefusedException.Reason;
import kr.co.saenal.sandan.platform.Texts;
import org.apache.poi.poifs.filesystem.DirectoryEntry;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;

/**
 * Decides what an uploaded file is from its bytes alone, never from its name or the browser's claim, then whether
 * its name fits that. Magic bytes first (PDF, JPEG, PNG, OLE2, ZIP, executables, HTML); containers are opened:
 * an OLE2 file is HWP when it holds an {@code HwpSummaryInformation} stream, else DOC, XLS or PPT by their main
 * stream (a VBA storage refuses it, an {@code EncryptedPackage} too); a ZIP is HWPX when its {@code mimetype}
 * entry says {@code application/hwp+zip}, an Office document when it has {@code [Content_Types].xml} (refused when
 * macro-enabled or carrying {@code vbaProject.bin}), else a plain ZIP, refused when any entry is encrypted.
 */
public final class AttachmentInspector {

    private static final int HEAD = 1024;
    private static final byte[] OLE2 = {
        (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1
    };
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A};
    private static final Set<String> VBA_STORAGES = Set.of("Macros", "_VBA_PROJECT_CUR", "_VBA_PROJECT", "VBA");
    private static final String[] MARKUP = {
        "<!doctype", "<html", "<head", "<body", "<script", "<iframe", "<svg", "<?xml", "<meta", "<div", "<a ", "<p>"
    };

    private AttachmentInspector() {}

    /** The kind of the file, or a refusal naming {@code fileName}. */
    public static AttachmentKind inspect(String fileName, Path file) throws IOException {
        AttachmentKind kind = kindOf(fileName, file);
        if (!kind.fits(fileName)) {
            String extension = AttachmentKind.extensionOf(fileName);
            throw new AttachmentRefusedException(
                    Reason.MISMATCH, fileName, extension.isEmpty() ? "-" : "." + extension, kind.label());
        }
        return kind;
    }

    private static AttachmentKind kindOf(String fileName, Path file) throws IOException {
        byte[] head = head(file);
        if (head.length == 0) {
            throw new AttachmentRefusedException(Reason.EMPTY, fileName);
        }
        if (startsWith(head, OLE2)) {
            return oleKind(fileName, file);
        }
        if (startsWith(head, new byte[] {'P', 'K', 3, 4}) || startsWith(head, new byte[] {'P', 'K', 5, 6})) {
            return zipKind(fileName, file);
        }
        if (startsWith(head, PNG)) {
            return AttachmentKind.PNG;
        }
        if (startsWith(head, new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF})) {
            return AttachmentKind.JPEG;
        }
        if (indexOf(head, "%PDF-".getBytes(StandardCharsets.US_ASCII)) >= 0) {
            return AttachmentKind.PDF;
        }
        if (isExecutable(head)) {
            throw new AttachmentRefusedException(Reason.EXECUTABLE, fileName);
        }
        if (isMarkup(head)) {
            String extension = AttachmentKind.extensionOf(fileName);
            throw new AttachmentRefusedException(
                    Reason.MISMATCH,
                    fileName,
                    extension.isEmpty() ? "-" : "." + extension,
                    Texts.say(AttachmentInspector.class, "attachment.kind.html"));
        }
        throw new AttachmentRefusedException(Reason.UNSUPPORTED, fileName);
    }

    private static AttachmentKind oleKind(String fileName, Path file) throws IOException {
        try (POIFSFileSystem ole = new POIFSFileSystem(file.toFile(), true)) {
            DirectoryEntry root = ole.getRoot();
            if (root.hasEntry("EncryptedPackage") || root.hasEntry("EncryptionInfo")) {
                throw new AttachmentRefusedException(Reason.ENCRYPTED, fileName);
            }
            for (String storage : VBA_STORAGES) {
                if (root.hasEntry(storage)) {
                    throw new AttachmentRefusedException(Reason.MACRO, fileName);
                }
            }
            if ((root.hasEntry("\u0005HwpSummaryInformation") || root.hasEntry("HwpSummaryInformation"))
                    && root.hasEntry("FileHeader")) {
                return AttachmentKind.HWP;
            }
            if (root.hasEntry("WordDocument")) {
                return AttachmentKind.DOC;
            }
            if (root.hasEntry("Workbook") || root.hasEntry("Book")) {
                return AttachmentKind.XLS;
            }
            if (root.hasEntry("PowerPoint Document")) {
                return AttachmentKind.PPT;
            }
        } catch (RuntimeException e) {
            // POI's own failures on a broken compound file: not a document we can take
        }
        throw new AttachmentRefusedException(Reason.UNSUPPORTED, fileName);
    }

    private static AttachmentKind zipKind(String fileName, Path file) throws IOException {
        if (hasEncryptedEntry(file)) {
            throw new AttachmentRefusedException(Reason.ENCRYPTED, fileName);
        }
        try (ZipFile zip = new ZipFile(file.toFile())) {
            ZipEntry mimetype = zip.getEntry("mimetype");
            if (mimetype != null) {
                String type = read(zip, mimetype, 200).strip();
                if (type.equals("application/hwp+zip")) {
                    return AttachmentKind.HWPX;
                }
                throw new AttachmentRefusedException(Reason.UNSUPPORTED, fileName); // OpenDocument, EPUB, …
            }
            ZipEntry types = zip.getEntry("[Content_Types].xml");
            if (types != null) {
                return officeKind(fileName, zip, read(zip, types, 1 << 20));
            }
            return AttachmentKind.ZIP;
        } catch (java.util.zip.ZipException e) {
            throw new AttachmentRefusedException(Reason.UNSUPPORTED, fileName);
        }
    }

    private static AttachmentKind officeKind(String fileName, ZipFile zip, String contentTypes) {
        String types = contentTypes.toLowerCase(Locale.ROOT);
        Enumeration<? extends ZipEntry> entries = zip.entries();
        while (entries.hasMoreElements()) {
            if (entries.nextElement().getName().toLowerCase(Locale.ROOT).endsWith("vbaproject.bin")) {
                throw new AttachmentRefusedException(Reason.MACRO, fileName);
            }
        }
        if (types.contains("macroenabled") || types.contains("vbaproject")) {
            throw new AttachmentRefusedException(Reason.MACRO, fileName);
        }
        if (types.contains("wordprocessingml.document.main")) {
            return AttachmentKind.DOCX;
        }
        if (types.contains("spreadsheetml.sheet.main")) {
            return AttachmentKind.XLSX;
        }
        if (types.contains("presentationml.presentation.main")) {
            return AttachmentKind.PPTX;
        }
        throw new AttachmentRefusedException(Reason.UNSUPPORTED, fileName);
    }

    /**
     * Whether any entry of the ZIP's central directory has the "encrypted" flag (general purpose bit 0). Read by hand:
     * the JDK's ZipFile refuses such archives with a message, not a type, and tells nothing about which entry.
     */
    static boolean hasEncryptedEntry(Path file) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            long size = channel.size();
            int tail = (int) Math.min(size, 22 + 65_535);
            ByteBuffer end = ByteBuffer.allocate(tail).order(ByteOrder.LITTLE_ENDIAN);
            channel.read(end, size - tail);
            int eocd = -1;
            for (int i = tail - 22; i >= 0; i--) {
                if (end.getInt(i) == 0x06054b50) {
                    eocd = i;
                    break;
                }
            }
            if (eocd < 0) {
                return false; // not a readable ZIP: ZipFile refuses it
            }
            long directorySize = Integer.toUnsignedLong(end.getInt(eocd + 12));
            long directoryOffset = Integer.toUnsignedLong(end.getInt(eocd + 16));
            if (directoryOffset == 0xFFFFFFFFL || directorySize > size || directoryOffset + directorySize > size) {
                return false; // ZIP64 or damaged: ZipFile decides
            }
            ByteBuffer directory = ByteBuffer.allocate((int) directorySize).order(ByteOrder.LITTLE_ENDIAN);
            channel.read(directory, directoryOffset);
            int at = 0;
            while (at + 46 <= directorySize && directory.getInt(at) == 0x02014b50) {
                if ((directory.getShort(at + 8) & 1) != 0) {
                    return true;
                }
                at += 46
                        + Short.toUnsignedInt(directory.getShort(at + 28))
                        + Short.toUnsignedInt(directory.getShort(at + 30))
                        + Short.toUnsignedInt(directory.getShort(at + 32));
            }
            return false;
        }
    }

    private static String read(ZipFile zip, ZipEntry entry, int limit) throws IOException {
        try (InputStream in = zip.getInputStream(entry)) {
            return new String(in.readNBytes(limit), StandardCharsets.UTF_8);
        }
    }

    private static byte[] head(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return in.readNBytes(HEAD);
        }
    }

    /** Windows PE ("MZ"), ELF, Mach-O, Java classes and scripts with a #! line. */
    private static boolean isExecutable(byte[] head) {
        return startsWith(head, new byte[] {'M', 'Z'})
                || startsWith(head, new byte[] {0x7F, 'E', 'L', 'F'})
                || startsWith(head, new byte[] {(byte) 0xCA, (byte) 0xFE, (byte) 0xBA, (byte) 0xBE})
                || startsWith(head, new byte[] {(byte) 0xCF, (byte) 0xFA, (byte) 0xED, (byte) 0xFE})
                || startsWith(head, new byte[] {(byte) 0xCE, (byte) 0xFA, (byte) 0xED, (byte) 0xFE})
                || startsWith(head, new byte[] {'#', '!'});
    }

    private static boolean isMarkup(byte[] head) {
        String text = new String(head, StandardCharsets.ISO_8859_1)
                .replace("\u00EF\u00BB\u00BF", "")
                .stripLeading()
                .toLowerCase(Locale.ROOT);
        for (String start : MARKUP) {
            if (text.startsWith(start)) {
                return true;
            }
        }
        return false;
    }

    private static boolean startsWith(byte[] data, byte[] prefix) {
        if (data.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (data[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private static int indexOf(byte[] data, byte[] part) {
        outer:
        for (int i = 0; i + part.length <= data.length; i++) {
            for (int j = 0; j < part.length; j++) {
                if (data[i + j] != part[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
