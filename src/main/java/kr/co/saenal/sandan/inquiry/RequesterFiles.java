package kr.co.saenal.sandan.inquiry;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import kr.co.saenal.sandan.news.AttachmentInspector;
import kr.co.saenal.sandan.news.AttachmentKind;
import kr.co.saenal.sandan.news.AttachmentRefusedException;
import kr.co.saenal.sandan.platform.FieldError;
import kr.co.saenal.sandan.platform.Texts;

/**
 * Judges the documents a requester sends, by the same content checks as the attachments of posts
 * ({@link AttachmentInspector}: the bytes decide the kind, never the name; executables, macros and encrypted files
 * are refused) and a narrower list of kinds: PDF, 한글 (HWP, HWPX), Word, Excel, JPEG and PNG, 10 MiB each, two at
 * most.
 */
final class RequesterFiles {

    static final String FIELD = "files";

    private static final Set<AttachmentKind> TAKEN = EnumSet.of(
            AttachmentKind.PDF,
            AttachmentKind.HWP,
            AttachmentKind.HWPX,
            AttachmentKind.DOCX,
            AttachmentKind.XLSX,
            AttachmentKind.JPEG,
            AttachmentKind.PNG);

    private RequesterFiles() {}

    /** The kind of each file, in order, or the first problem as a refusal of the {@code files} field. */
    static List<AttachmentKind> kinds(List<RequesterFile> files) {
        if (files.size() > RequesterFile.MAX_FILES) {
            throw refusal(say("files.tooMany", Integer.toString(RequesterFile.MAX_FILES)));
        }
        List<AttachmentKind> kinds = new ArrayList<>();
        for (RequesterFile file : files) {
            if (file.content().length > RequesterFile.MAX_BYTES) {
                throw refusal(say("files.tooLarge", file.fileName()));
            }
            kinds.add(kindOf(file).orElseThrow(() -> refusal(say("files.notTaken", file.fileName()))));
        }
        return kinds;
    }

    private static Optional<AttachmentKind> kindOf(RequesterFile file) {
        Path copy = null;
        try {
            copy = Files.createTempFile("sandan-requester-", ".upload");
            Files.write(copy, file.content());
            return Optional.of(AttachmentInspector.inspect(file.fileName(), copy))
                    .filter(TAKEN::contains);
        } catch (AttachmentRefusedException refused) {
            throw refusal(refused.text());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            if (copy != null) {
                try {
                    Files.deleteIfExists(copy);
                } catch (IOException ignored) {
                    // a temporary file left behind is the operating system's to clear
                }
            }
        }
    }

    private static InquiryRejectedException refusal(String message) {
        return new InquiryRejectedException(List.of(new FieldError(FIELD, message)));
    }

    private static String say(String key, String... values) {
        return Texts.say(RequesterFiles.class, key, (Object[]) values);
    }
}
