package kr.co.saenal.sandan.news;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;
import kr.co.saenal.sandan.news.AttachmentRefusedException.Reason;

/**
 * The files of posts: checked at upload ({@link #check}: size, kind by content, name against kind, text read),
 * stored with the post ({@link #attach}), removed, reordered, and read back piece by piece for downloads. Every
 * change is a new revision of the post ({@link NewsPost#filesChanged}), so that the search index of every node
 * follows it and kept pages are dropped, as with any edit.
 */
@ApplicationScoped
@Transactional
public class PostAttachments {

    private static final Logger LOG = Logger.getLogger(PostAttachments.class.getName());

    @Inject
    AttachmentRepository repository;

    @Inject
    AttachmentLimits limits;

    @Inject
    DownloadTally tally;

    @Inject
    Clock clock;

    @PersistenceContext
    EntityManager em;

    /** An upload that passed every check, waiting in a temporary file to be stored; {@link #close} deletes it. */
    public record CheckedUpload(
            String fileName, Path file, AttachmentKind kind, long byteSize, String sha256, String text)
            implements AutoCloseable {

        @Override
        public void close() {
            try {
                Files.deleteIfExists(file);
            } catch (IOException e) {
                LOG.warning(() -> "Could not delete " + file + ": " + e);
            }
        }
    }

    /**
     * Reads an upload into a temporary file (never more than the limit plus one byte) and checks it; outside any
     * transaction, since nothing is written.
     *
     * @throws AttachmentRefusedException when it may not be stored; the temporary file is gone then
     */
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public CheckedUpload check(String uploadedName, InputStream content) {
        String fileName = FileNameOf.upload(uploadedName);
        Path file = null;
        try {
            file = Files.createTempFile("sandan-attachment-", ".upload");
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            long size;
            try (OutputStream out = new DigestOutputStream(Files.newOutputStream(file), sha)) {
                size = content.transferTo(new LimitedOutput(out, limits.maxBytes()));
            } catch (LimitedOutput.Exceeded e) {
                throw new AttachmentRefusedException(Reason.TOO_LARGE, fileName, limits.maxSizeText());
            }
            if (size == 0) {
                throw new AttachmentRefusedException(Reason.EMPTY, fileName);
            }
            AttachmentKind kind = AttachmentInspector.inspect(fileName, file);
            String text = AttachmentText.of(kind, file);
            CheckedUpload checked =
                    new CheckedUpload(fileName, file, kind, size, HexFormat.of().formatHex(sha.digest()), text);
            file = null;
            return checked;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        } finally {
            if (file != null) {
                try {
                    Files.deleteIfExists(file);
                } catch (IOException e) {
                    LOG.warning(() -> "Could not delete a refused upload: " + e);
                }
            }
        }
    }

    /**
     * Stores checked uploads after the post's files, in the order given, in one transaction.
     *
     * @return the post's version after the change
     * @throws AttachmentRefusedException when the post would carry more than {@link AttachmentLimits#MAX_FILES}
     */
    public long attach(long postId, List<CheckedUpload> uploads, String editor) {
        NewsPost post = em.find(NewsPost.class, postId);
        if (post == null) {
            throw new PostNotFoundException(postId);
        }
        if (uploads.isEmpty()) {
            return post.getVersion();
        }
        int existing = repository.count(postId);
        if (existing + uploads.size() > AttachmentLimits.MAX_FILES) {
            throw new AttachmentRefusedException(Reason.TOO_MANY, AttachmentLimits.MAX_FILES);
        }
        Instant now = clock.instant();
        int position = repository.attachments(postId).stream()
                .mapToInt(PostAttachment::getPosition)
                .max()
                .orElse(-1);
        for (CheckedUpload upload : uploads) {
            PostAttachment attachment = new PostAttachment(
                    post,
                    ++position,
                    upload.fileName(),
                    upload.kind(),
                    upload.byteSize(),
                    upload.sha256(),
                    upload.text(),
                    editor,
                    now);
            repository.add(attachment);
            storeBytes(attachment.getId(), upload.file());
        }
        return changed(post, now);
    }

    private void storeBytes(long attachmentId, Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            int seq = 0;
            byte[] piece;
            while ((piece = in.readNBytes(AttachmentChunk.SIZE)).length > 0) {
                repository.addChunk(attachmentId, seq++, piece);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Takes a file off its post.
     *
     * @return the post's version after the change, or empty when the file was gone already
     */
    public Optional<Long> remove(long attachmentId) {
        Optional<PostAttachment> found = repository.find(attachmentId);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        NewsPost post = found.get().getPost();
        repository.remove(found.get());
        return Optional.of(changed(post, clock.instant()));
    }

    /**
     * Moves a file up ({@code -1}) or down ({@code +1}) among its post's files.
     *
     * @return the post's version after the change, or empty when the file was gone
     */
    public Optional<Long> move(long attachmentId, int by) {
        Optional<PostAttachment> found = repository.find(attachmentId);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        NewsPost post = found.get().getPost();
        List<PostAttachment> files = new java.util.ArrayList<>(repository.attachments(post.getId()));
        int at = files.indexOf(found.get());
        int to = at + Integer.signum(by);
        if (to < 0 || to >= files.size()) {
            return Optional.of(post.getVersion());
        }
        files.add(to, files.remove(at));
        for (int i = 0; i < files.size(); i++) {
            files.get(i).moveTo(i);
        }
        return Optional.of(changed(post, clock.instant()));
    }

    private long changed(NewsPost post, Instant now) {
        post.filesChanged(now);
        em.flush();
        return post.getVersion();
    }

    /** The files of a post as the editor and the article list them, with downloads not yet written. */
    public List<AttachmentRow> list(long postId) {
        return repository.rows(postId).stream()
                .map(row -> row.withDownloads(row.downloads() + tally.pending(row.id())))
                .toList();
    }

    /** Which of these posts carry files. */
    public Set<Long> postsWithFiles(Collection<Long> postIds) {
        return repository.postsWithFiles(postIds);
    }

    /** Every published post that carries files, for the marks on lists. */
    public Set<Long> publishedPostsWithFiles() {
        return repository.publishedPostsWithFiles();
    }

    /** What a download needs before the bytes. */
    public Optional<AttachmentFile> file(long attachmentId) {
        return repository.file(attachmentId);
    }

    /** One piece of a file's bytes ({@link AttachmentChunk#SIZE} each), in a short transaction of its own. */
    public byte[] chunk(long attachmentId, int seq) {
        return repository.chunk(attachmentId, seq);
    }

    /** Counts one download (written within seconds, see {@link DownloadTally}). */
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public void countDownload(long attachmentId) {
        tally.count(attachmentId);
    }

    /** Writes at most {@code limit} bytes, then fails: an upload over the limit is never kept whole. */
    private static final class LimitedOutput extends OutputStream {

        static final class Exceeded extends IOException {
            private static final long serialVersionUID = 1L;
        }

        private final OutputStream out;
        private final long limit;
        private long written;

        LimitedOutput(OutputStream out, long limit) {
            this.out = out;
            this.limit = limit;
        }

        @Override
        public void write(int b) throws IOException {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            if (written + len > limit) {
                throw new Exceeded();
            }
            written += len;
            out.write(b, off, len);
        }
    }
}
