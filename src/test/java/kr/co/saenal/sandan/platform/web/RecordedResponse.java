package kr.co.saenal.sandan.platform.web;

import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A servlet response that only records what is done to it, as the container's response would keep it: headers by
 * case-insensitive name, cookies apart from the headers (as Undertow keeps them until the response is committed),
 * status, content type and the bytes written. {@link #response()} is the {@link HttpServletResponse} to hand out.
 */
final class RecordedResponse {

    final Map<String, List<String>> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    final List<Cookie> cookies = new ArrayList<>();
    final ByteArrayOutputStream body = new ByteArrayOutputStream();
    int status = HttpServletResponse.SC_OK;
    String contentType;
    String characterEncoding = "ISO-8859-1";
    long contentLength = -1;
    boolean committed;
    String redirectedTo;
    int errorSent;

    private final ServletOutputStream stream = new ServletOutputStream() {
        @Override
        public void write(int b) {
            body.write(b);
        }

        @Override
        public boolean isReady() {
            return true;
        }

        @Override
        public void setWriteListener(WriteListener listener) {
            throw new UnsupportedOperationException();
        }
    };

    private final HttpServletResponse response = (HttpServletResponse) Proxy.newProxyInstance(
            RecordedResponse.class.getClassLoader(),
            new Class<?>[] {HttpServletResponse.class},
            (proxy, method, args) -> switch (method.getName()) {
                case "setHeader" -> {
                    headers.remove((String) args[0]);
                    if (args[1] != null) {
                        headers.computeIfAbsent((String) args[0], name -> new ArrayList<>())
                                .add((String) args[1]);
                    }
                    yield null;
                }
                case "addHeader" -> {
                    headers.computeIfAbsent((String) args[0], name -> new ArrayList<>())
                            .add((String) args[1]);
                    yield null;
                }
                case "getHeader" ->
                    headers.getOrDefault((String) args[0], List.of()).stream()
                            .findFirst()
                            .orElse(null);
                case "getHeaders" -> List.copyOf(headers.getOrDefault((String) args[0], List.of()));
                case "getHeaderNames" -> List.copyOf(headers.keySet());
                case "containsHeader" -> headers.containsKey((String) args[0]);
                case "addCookie" -> cookies.add((Cookie) args[0]);
                case "setStatus" -> {
                    status = (Integer) args[0];
                    yield null;
                }
                case "getStatus" -> status;
                case "setContentType" -> {
                    contentType = (String) args[0];
                    yield null;
                }
                case "getContentType" ->
                    contentType == null || contentType.contains("charset")
                            ? contentType
                            : contentType + ";charset=" + characterEncoding;
                case "setCharacterEncoding" -> {
                    characterEncoding = (String) args[0];
                    yield null;
                }
                case "getCharacterEncoding" -> characterEncoding;
                case "setContentLength" -> {
                    contentLength = (Integer) args[0];
                    yield null;
                }
                case "setContentLengthLong" -> {
                    contentLength = (Long) args[0];
                    yield null;
                }
                case "getOutputStream" -> stream;
                case "isCommitted" -> committed;
                case "sendError" -> {
                    errorSent = (Integer) args[0];
                    committed = true;
                    yield null;
                }
                case "sendRedirect" -> {
                    redirectedTo = (String) args[0];
                    committed = true;
                    yield null;
                }
                case "resetBuffer", "flushBuffer" -> null;
                case "reset" -> {
                    headers.clear();
                    cookies.clear();
                    status = HttpServletResponse.SC_OK;
                    yield null;
                }
                case "toString" -> "RecordedResponse";
                case "hashCode" -> System.identityHashCode(proxy);
                case "equals" -> proxy == args[0];
                default -> throw new UnsupportedOperationException(method.getName());
            });

    HttpServletResponse response() {
        return response;
    }

    String bodyText() {
        return body.toString(StandardCharsets.UTF_8);
    }
}
