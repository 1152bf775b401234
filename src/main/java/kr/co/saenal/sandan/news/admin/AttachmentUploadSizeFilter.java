package kr.co.saenal.sandan.news.admin;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Locale;
import kr.co.saenal.sandan.media.ImageLimits;
import kr.co.saenal.sandan.media.UploadSizeFilter;
import kr.co.saenal.sandan.news.AttachmentLimits;

/**
 * The post editor's forms carry attachments, so they may be as large as the attachment limit plus the form around
 * it ({@code SANDAN_ATTACHMENT_MAX_BYTES}, 30 MiB), more than the image library's limit that
 * {@link UploadSizeFilter} holds every other form to. Mapped by path, this filter runs first: a larger form is read
 * and discarded (so the browser shows the answer, not a broken connection) and the editor is sent back to the
 * post, which says beside the file field that nothing was saved; a form within the limit is let past the image
 * library's filter. Undertow's {@code max-post-size} ({@code SANDAN_MAX_POST_BYTES}) must stay above it.
 */
@WebFilter(
        filterName = "attachmentUploadSizeFilter",
        urlPatterns = {"/admin/news/edit", "/admin/news/edit.xhtml"})
public class AttachmentUploadSizeFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @Inject
    AttachmentLimits limits;

    @Inject
    ImageLimits images;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String type = request.getContentType();
        if (!"POST".equals(request.getMethod())
                || type == null
                || !type.toLowerCase(Locale.ROOT).startsWith("multipart/")) {
            chain.doFilter(request, response);
            return;
        }
        // The form carries the cover photo too: whichever limit is larger holds.
        if (request.getContentLengthLong() > Math.max(limits.maxRequestBytes(), images.maxRequestBytes())) {
            try (InputStream body = request.getInputStream()) {
                body.transferTo(OutputStream.nullOutputStream());
            } catch (IOException e) {
                // larger than Undertow's max-post-size: the connection closes after the answer
            }
            // The form posts to the page without its id; the page it was sent from names the post.
            String from = request.getHeader("Referer");
            java.util.regex.Matcher id =
                    java.util.regex.Pattern.compile("[?&]id=(\\d{1,18})").matcher(from == null ? "" : from);
            String post = id.find() ? "id=" + id.group(1) + "&" : "";
            response.setStatus(HttpServletResponse.SC_SEE_OTHER);
            response.setHeader(
                    "Location",
                    request.getContextPath() + "/admin/news/edit?" + post + "refused=" + PostAttachmentsBox.TOO_LARGE);
            return;
        }
        request.setAttribute(UploadSizeFilter.CHECKED_ELSEWHERE, Boolean.TRUE);
        chain.doFilter(request, response);
    }
}
