package kr.co.saenal.sandan.news.web;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Clock;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import kr.co.saenal.sandan.news.AttachmentChunk;
import kr.co.saenal.sandan.news.AttachmentFile;
import kr.co.saenal.sandan.news.PostAttachments;
import kr.co.saenal.sandan.platform.web.ContentDisposition;
import kr.co.saenal.sandan.platform.web.UserAgents;

/**
 * {@code /files/{id}}: a post's attachment, saved under its Korean name ({@code Content-Disposition: attachment}
 * with RFC 6266's {@code filename*} and an ASCII fallback), or shown by the browser with {@code ?inline} (PDFs
 * only). Files of public posts are for everyone, those of drafts and scheduled posts for staff only (404 to
 * others). Strong ETag (the bytes of an id never change), {@code 304} for a current copy, one byte range per
 * request ({@code 206}, {@code 416} when it lies past the end; {@code If-Range} honoured), streamed piece by piece
 * from the database. A download counts once per reader and day (a cookie, as readings do).
 */
@WebServlet("/files/*")
public class AttachmentServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final Pattern ID = Pattern.compile("/(\\d{1,18})(?:/[^/]*)?");
    /** The reader's downloads of today, in {@link ReadArticles}' format under a name of its own. */
    static final String COOKIE = "sandan_files";

    static final String INLINE_POLICY = "default-src 'none'; object-src 'self'; style-src 'unsafe-inline';"
            + " img-src 'self' data:; frame-ancestors 'none'";

    @Inject
    PostAttachments attachments;

    @Inject
    Clock clock;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        serve(request, response, true);
    }

    @Override
    protected void doHead(HttpServletRequest request, HttpServletResponse response) throws IOException {
        serve(request, response, false);
    }

    private void serve(HttpServletRequest request, HttpServletResponse response, boolean body) throws IOException {
        Optional<AttachmentFile> found = find(request);
        if (found.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        AttachmentFile file = found.get();
        boolean open = file.isPublic(clock.instant());
        if (!open && !(request.isUserInRole("ADMIN") || request.isUserInRole("EDITOR"))) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        boolean inline = request.getParameter("inline") != null && file.kind().opensInline();
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Cache-Control", open ? "public, no-cache" : "private, no-store");
        response.setHeader("Accept-Ranges", "bytes");
        response.setHeader("ETag", file.etag());
        response.setDateHeader("Last-Modified", file.createdAt().toEpochMilli());
        if (DownloadRange.matches(request.getHeader("If-None-Match"), file.etag())) {
            response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            return;
        }
        response.setHeader("Content-Disposition", ContentDisposition.of(inline, file.fileName()));
        if (inline) {
            // The site's policy says object-src 'none', which keeps Chromium's PDF viewer (a plugin) from showing the
            // file; this one lets the viewer show it and nothing else happen.
            response.setHeader("Content-Security-Policy", INLINE_POLICY);
        }
        response.setContentType(file.kind().contentType());
        String ifRange = request.getHeader("If-Range");
        String rangeHeader = ifRange == null || ifRange.strip().equals(file.etag()) ? request.getHeader("Range") : null;
        DownloadRange range = DownloadRange.parse(rangeHeader, file.byteSize());
        if (range == DownloadRange.UNSATISFIABLE) {
            response.setHeader("Content-Range", "bytes */" + file.byteSize());
            response.sendError(HttpServletResponse.SC_REQUESTED_RANGE_NOT_SATISFIABLE);
            return;
        }
        if (range == null) {
            range = new DownloadRange(0, file.byteSize() - 1);
        } else {
            response.setStatus(HttpServletResponse.SC_PARTIAL_CONTENT);
            response.setHeader("Content-Range", "bytes " + range.first() + "-" + range.last() + "/" + file.byteSize());
        }
        response.setContentLengthLong(range.length());
        if (!body) {
            return;
        }
        if (range.first() == 0) {
            countOncePerDay(request, response, file.id());
        }
        write(file.id(), range, response.getOutputStream());
    }

    /** The pieces the range covers, one at a time: at most one piece of the file in memory per download. */
    private void write(long id, DownloadRange range, OutputStream out) throws IOException {
        int firstPiece = (int) (range.first() / AttachmentChunk.SIZE);
        int lastPiece = (int) (range.last() / AttachmentChunk.SIZE);
        for (int seq = firstPiece; seq <= lastPiece; seq++) {
            byte[] piece = attachments.chunk(id, seq);
            if (piece == null) {
                throw new IOException("Attachment " + id + " lost its piece " + seq + " while being sent");
            }
            long pieceStart = (long) seq * AttachmentChunk.SIZE;
            int from = (int) Math.max(0, range.first() - pieceStart);
            int to = (int) Math.min(piece.length, range.last() - pieceStart + 1);
            out.write(piece, from, to - from);
        }
    }

    private void countOncePerDay(HttpServletRequest request, HttpServletResponse response, long id) {
        if (!UserAgents.isProgram(request.getHeader("User-Agent"))
                && OncePerDay.first(request, response, COOKIE, "/files/", id, clock)) {
            attachments.countDownload(id);
        }
    }

    private Optional<AttachmentFile> find(HttpServletRequest request) {
        String path = request.getPathInfo();
        Matcher m = path == null ? null : ID.matcher(path);
        if (m == null || !m.matches()) {
            return Optional.empty();
        }
        return attachments.file(Long.parseLong(m.group(1)));
    }
}
