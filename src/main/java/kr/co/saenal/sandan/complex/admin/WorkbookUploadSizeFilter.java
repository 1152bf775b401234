package kr.co.saenal.sandan.complex.admin;

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
import kr.co.saenal.sandan.complex.importing.WorkbookLimits;

/**
 * Refuses an upload form on the import page larger than the workbook limit plus the form around it before Faces
 * parses it: the body is read and discarded (so that the browser shows the answer instead of a broken connection),
 * then the browser is sent back to the page, which says next to the file field that the file is too large and that
 * nothing changed. Mapped by path, so it runs before the image library's {@code UploadSizeFilter} (mapped by servlet
 * name), which still cuts off forms larger than the image limit; Undertow's {@code max-post-size} anything larger.
 */
@WebFilter(
        filterName = "workbookUploadSizeFilter",
        urlPatterns = {"/admin/complexes/import", "/admin/complexes/import.xhtml"})
public class WorkbookUploadSizeFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    /** What a multipart form adds around the file: boundaries, headers, view state. */
    static final long FORM_OVERHEAD_BYTES = 1024L * 1024;

    @Inject
    WorkbookLimits limits;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String type = request.getContentType();
        if ("POST".equals(request.getMethod())
                && type != null
                && type.toLowerCase(Locale.ROOT).startsWith("multipart/")
                && request.getContentLengthLong() > limits.maxBytes() + FORM_OVERHEAD_BYTES) {
            try (InputStream body = request.getInputStream()) {
                body.transferTo(OutputStream.nullOutputStream());
            } catch (IOException e) {
                // larger than Undertow's max-post-size: the connection closes after the answer
            }
            response.setStatus(HttpServletResponse.SC_SEE_OTHER);
            response.setHeader(
                    "Location",
                    request.getContextPath() + "/admin/complexes/import?refused=" + ComplexImportPage.TOO_LARGE);
            return;
        }
        chain.doFilter(request, response);
    }
}
