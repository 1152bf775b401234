package kr.co.saenal.sandan.testsupport;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * One HTTP/1.1 request written byte for byte onto a socket, for tests of request targets that HTTP clients would
 * tidy up first ({@code /news/../admin/}, {@code //admin}, {@code ;}-parameters, {@code %2e%2e}): the server sees
 * exactly the target given here.
 */
public final class RawRequest {

    private RawRequest() {}

    /** {@code GET target} on the test server, with a {@code Cookie} header when {@code cookie} is not null. */
    public static Reply get(String target, String cookie) {
        URI base = URI.create(Http.BASE);
        StringBuilder request = new StringBuilder("GET ")
                .append(target)
                .append(" HTTP/1.1\r\n")
                .append("Host: ")
                .append(base.getHost())
                .append(':')
                .append(base.getPort())
                .append("\r\n")
                .append("Connection: close\r\n");
        if (cookie != null) {
            request.append("Cookie: ").append(cookie).append("\r\n");
        }
        request.append("\r\n");
        try (Socket socket = new Socket(base.getHost(), base.getPort())) {
            socket.setSoTimeout(30_000);
            OutputStream out = socket.getOutputStream();
            out.write(request.toString().getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            return Reply.parse(target, readAll(socket.getInputStream()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] readAll(InputStream in) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        in.transferTo(bytes);
        return bytes.toByteArray();
    }

    /** Status, headers and body of the answer (a chunked body is left as it came). */
    public record Reply(String target, int status, List<String> headerLines, String body) {

        static Reply parse(String target, byte[] answer) {
            String text = new String(answer, StandardCharsets.UTF_8);
            int end = text.indexOf("\r\n\r\n");
            String head = end < 0 ? text : text.substring(0, end);
            String[] lines = head.split("\r\n");
            String[] statusLine = lines[0].split(" ", 3);
            int status = statusLine.length > 1 ? Integer.parseInt(statusLine[1]) : -1;
            List<String> headers = new ArrayList<>(List.of(lines).subList(1, lines.length));
            return new Reply(target, status, headers, end < 0 ? "" : text.substring(end + 4));
        }

        public Optional<String> header(String name) {
            String prefix = name.toLowerCase(Locale.ROOT) + ":";
            return headerLines.stream()
                    .filter(line -> line.toLowerCase(Locale.ROOT).startsWith(prefix))
                    .map(line -> line.substring(prefix.length()).strip())
                    .findFirst();
        }

        @Override
        public String toString() {
            return "GET " + target + " -> " + status + " " + header("Location").orElse("") + "\n"
                    + body.substring(0, Math.min(body.length(), 400));
        }
    }
}
