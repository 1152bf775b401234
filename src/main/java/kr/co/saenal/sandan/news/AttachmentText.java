package kr.co.saenal.sandan.news;

import java.io.IOException;
import java.nio.file.Path;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

/**
 * The text of an attachment, read once at upload and stored with it, so that search finds a post by the words of
 * its 공고문: PDFs through Apache PDFBox, HWP and HWPX through {@link HwpText}. Other kinds, and files whose text
 * cannot be read (a password-protected PDF, a scanned one), have none; that never refuses the file.
 */
public final class AttachmentText {

    /** The most text kept of one file (as much as a post's body). */
    public static final int MAX_CHARS = 200_000;

    private static final Logger LOG = Logger.getLogger(AttachmentText.class.getName());

    private AttachmentText() {}

    /** The file's words, whitespace collapsed, at most {@link #MAX_CHARS}; empty when there are none to read. */
    public static String of(AttachmentKind kind, Path file) {
        try {
            String text = switch (kind) {
                case PDF -> pdf(file);
                case HWP -> HwpText.ofHwp(file);
                case HWPX -> HwpText.ofHwpx(file);
                default -> "";
            };
            return tidy(text);
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.INFO, "No text read from a " + kind + " attachment: " + e);
            return "";
        }
    }

    private static String pdf(Path file) throws IOException {
        // Read through a buffer, not a memory-mapped file: PDFBox cannot unmap one on Java 17 without opening java.nio.
        try (PDDocument document = Loader.loadPDF(new RandomAccessReadBufferedFile(file.toFile()))) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            return stripper.getText(document);
        }
    }

    static String tidy(String text) {
        String tidy = text.replaceAll("[\\p{Cntrl}&&[^\\n]]", " ")
                .replaceAll("[ \\t\\u00A0\\u3000]+", " ")
                .replaceAll(" ?\\n[ \\n]*", "\n")
                .strip();
        return tidy.length() > MAX_CHARS ? tidy.substring(0, MAX_CHARS) : tidy;
    }
}
