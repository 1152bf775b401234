package kr.co.saenal.sandan.media;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Arrays;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Serves stored images at {@code /media/{id}} and their list variants at {@code /media/{id}?w=480} (or 960). An
 * image without that variant (narrower than the width, animated, or with no copy smaller in bytes than itself)
 * answers with the original.
 * The bytes never change for a URL, so browsers may keep them for a year and revalidate with the ETag (a hash
 * of the content).
 */
@WebServlet("/media/*")
public class ImageServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final Pattern ID = Pattern.compile("/(\\d{1,18})(?:/[^/]*)?");

    @Inject
    ImageRepository images;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<ImageHead> head = find(request);
        if (head.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        ImageHead image = head.get();
        response.setHeader("ETag", image.etag());
        response.setHeader("Cache-Control", "public, max-age=31536000, immutable");
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setDateHeader("Last-Modified", image.createdAt().toEpochMilli());
        if (matches(request.getHeader("If-None-Match"), image.etag())) {
            response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            return;
        }
        response.setContentType(image.contentType());
        response.setContentLength(image.byteSize());
        response.getOutputStream().write(images.data(image));
    }

    private Optional<ImageHead> find(HttpServletRequest request) {
        String path = request.getPathInfo();
        Matcher m = path == null ? null : ID.matcher(path);
        if (m == null || !m.matches()) {
            return Optional.empty();
        }
        long id = Long.parseLong(m.group(1));
        String width = request.getParameter("w");
        if (width == null) {
            return images.head(id);
        }
        Optional<Integer> known = ImageVariant.WIDTHS.stream()
                .filter(w -> w.toString().equals(width))
                .findFirst();
        if (known.isEmpty()) {
            return Optional.empty(); // only the listed widths exist: no resizing on demand
        }
        return images.variantHead(id, known.get()).or(() -> images.head(id));
    }

    private static boolean matches(String ifNoneMatch, String etag) {
        return ifNoneMatch != null
                && Arrays.stream(ifNoneMatch.split(","))
                        .map(String::strip)
                        .anyMatch(tag -> tag.equals(etag) || tag.equals("*"));
    }
}
