package kr.co.saenal.sandan.platform.web;

import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;

/**
 * A response whose body is held back until {@link #sendBody()}, so that {@link PageCacheFilter} can keep a copy;
 * headers go straight to the real response. Errors and redirects go straight through as well and make the answer
 * one that is not kept, and so does a cookie, however it was set: a kept page is served to every reader.
 */
final class CapturedResponse extends HttpServletResponseWrapper {

    private final StringWriter text = new StringWriter();
    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private PrintWriter writer;
    private ServletOutputStream stream;
    private boolean passedThrough;
    private boolean setsCookie;

    CapturedResponse(HttpServletResponse response) {
        super(response);
    }

    /**
     * A 200 answer that sets no cookie: a page written as text, or a feed or sitemap (XML, written either way).
     */
    boolean isKeepable() {
        String type = getContentType();
        if (passedThrough || setsCookie() || getStatus() != SC_OK || type == null) {
            return false;
        }
        if (type.startsWith("text/html")) {
            return writer != null && stream == null;
        }
        return (writer != null || stream != null) && isXml(type);
    }

    private static boolean isXml(String contentType) {
        String type = contentType.split(";", 2)[0].strip();
        return type.equals("application/xml") || type.equals("text/xml") || type.endsWith("+xml");
    }

    /** Whether the body was written as text ({@link #text()}), not as bytes ({@link #bytes()}). */
    boolean wroteText() {
        return writer != null;
    }

    /**
     * Whether a cookie was set through this response or past it: a framework may unwrap the response it was given
     * and write a {@code Set-Cookie} header to the container's own, which the cache would copy with the page.
     */
    private boolean setsCookie() {
        if (setsCookie) {
            return true;
        }
        for (String name : getHeaderNames()) {
            if (isSetCookie(name)) {
                return true;
            }
        }
        return false;
    }

    static boolean isSetCookie(String headerName) {
        return "Set-Cookie".equalsIgnoreCase(headerName) || "Set-Cookie2".equalsIgnoreCase(headerName);
    }

    String text() {
        writer.flush();
        return text.toString();
    }

    byte[] bytes() {
        return bytes.toByteArray();
    }

    /** Writes what was held back to the real response. */
    void sendBody() throws IOException {
        if (passedThrough) {
            return;
        }
        if (writer != null) {
            byte[] body = text().getBytes(StandardCharsets.UTF_8);
            getResponse().setContentLength(body.length);
            getResponse().getOutputStream().write(body);
        } else if (stream != null) {
            bytes.writeTo(getResponse().getOutputStream());
        }
    }

    @Override
    public PrintWriter getWriter() {
        if (stream != null) {
            throw new IllegalStateException("getOutputStream() was called");
        }
        if (writer == null) {
            setCharacterEncoding(StandardCharsets.UTF_8.name());
            writer = new PrintWriter(text);
        }
        return writer;
    }

    @Override
    public ServletOutputStream getOutputStream() {
        if (writer != null) {
            throw new IllegalStateException("getWriter() was called");
        }
        if (stream == null) {
            stream = new ServletOutputStream() {
                @Override
                public void write(int b) {
                    bytes.write(b);
                }

                @Override
                public void write(byte[] b, int off, int len) {
                    bytes.write(b, off, len);
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setWriteListener(WriteListener listener) {
                    try {
                        listener.onWritePossible(); // memory is always ready
                    } catch (IOException e) {
                        listener.onError(e);
                    }
                }
            };
        }
        return stream;
    }

    @Override
    public void addCookie(Cookie cookie) {
        setsCookie = true;
        super.addCookie(cookie);
    }

    @Override
    public void addHeader(String name, String value) {
        setsCookie |= isSetCookie(name);
        super.addHeader(name, value);
    }

    @Override
    public void setHeader(String name, String value) {
        setsCookie |= value != null && isSetCookie(name);
        super.setHeader(name, value);
    }

    @Override
    public void sendError(int status) throws IOException {
        passedThrough = true;
        super.sendError(status);
    }

    @Override
    public void sendError(int status, String message) throws IOException {
        passedThrough = true;
        super.sendError(status, message);
    }

    @Override
    public void sendRedirect(String location) throws IOException {
        passedThrough = true;
        super.sendRedirect(location);
    }

    @Override
    public void flushBuffer() {
        // held back until sendBody()
    }

    @Override
    public boolean isCommitted() {
        return passedThrough && super.isCommitted();
    }

    @Override
    public void resetBuffer() {
        text.getBuffer().setLength(0);
        bytes.reset();
        super.resetBuffer();
    }

    @Override
    public void reset() {
        resetBuffer();
        super.reset();
    }

    @Override
    public void setContentLength(int length) {
        // set from what was written, in sendBody()
    }

    @Override
    public void setContentLengthLong(long length) {
        // set from what was written, in sendBody()
    }
}
