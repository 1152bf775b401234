package kr.co.saenal.sandan.inquiry.web;

import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import kr.co.saenal.sandan.inquiry.RequesterFile;

/**
 * The files of a form's file input, read into memory: empty parts (no file chosen) skipped, each read to one byte
 * past the limit at most, so that a file far too large costs no more memory than one just too large.
 */
final class UploadedFiles {

    private UploadedFiles() {}

    static List<RequesterFile> read(List<Part> parts) {
        if (parts == null) {
            return List.of();
        }
        List<RequesterFile> files = new ArrayList<>();
        for (Part part : parts) {
            String name = part.getSubmittedFileName();
            if (name == null || name.isBlank() || part.getSize() == 0) {
                continue;
            }
            try (InputStream in = part.getInputStream()) {
                files.add(new RequesterFile(baseName(name), in.readNBytes((int) RequesterFile.MAX_BYTES + 1)));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return files;
    }

    /** Old browsers send the whole path (C:\Users\…\계획서.pdf). */
    private static String baseName(String name) {
        String base = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1)
                .strip();
        return base.length() > 255 ? base.substring(base.length() - 255) : base;
    }
}
