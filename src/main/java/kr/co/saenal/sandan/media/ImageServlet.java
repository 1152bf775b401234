package kr.co.saenal.sandan.media;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Serves stored images at /media/{id}: the bytes never change for an id, so browsers may keep them for a year
 * and revalidate with the ETag (a hash of the content).
 */
@WebServlet("/media/*")
public class ImageServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final Pattern ID = Pattern.compile("/(\\d{1,18})(?:/[^/]*)?");

    @Inject
    ImageRepository images;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getPathInfo();
        Matcher m = path == null ? null : ID.matcher(path);
        Optional<ImageHead> head = m != null && m.matches() ? images.head(Long.parseLong(m.group(1))) : Optional.empty();
        if (head.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        ImageHead image = head.get();
        response.setHeader("ETag", image.etag());
        response.setHeader("Cache-Control", "public, max-age=31536000, immutable");
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setDateHeader("Last-Modified", image.createdAt().toEpochMilli());
        if (image.etag().equals(request.getHeader("If-None-Match"))) {
            response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            return;
        }
        response.setContentType(image.contentType());
        response.setContentLength(image.byteSize());
        response.getOutputStream().write(images.data(image.id()));
    }
}
