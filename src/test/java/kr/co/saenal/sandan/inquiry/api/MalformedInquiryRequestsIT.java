package kr.co.saenal.sandan.inquiry.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import kr.co.saenal.sandan.testsupport.Deployments;
import kr.co.saenal.sandan.testsupport.Http;
import kr.co.saenal.sandan.testsupport.Requests;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Hundreds of malformed {@code POST /api/inquiries}, generated from what {@code /openapi} says a request is
 * (every property's type, required list, lengths, formats, enums, no extra properties) plus what no schema says
 * (broken JSON and UTF-8, wrong content types and encodings, injection strings, header abuse). Every answer must be
 * a 4xx problem document whose status the description lists for the operation, without internals, and nothing
 * may be stored. The description's own examples must be accepted, so description and behaviour agree both ways.
 */
@ExtendWith(ArquillianExtension.class)
class MalformedInquiryRequestsIT {

    private static final String PATH = "/api/inquiries";

    /** Values of every JSON type; each property gets those its schema does not allow. */
    private static final List<String> VALUES_OF_EVERY_TYPE = List.of(
            "0",
            "1",
            "-7",
            "1.5",
            "1e400",
            "1e-400",
            "123456789012345678901234567890",
            "true",
            "false",
            "\"text\"",
            "\"\"",
            "[]",
            "[[]]",
            "[\"a\"]",
            "{}",
            "{\"$ne\":null}",
            "{\"a\":{\"b\":[1,[2,{\"c\":null}]]}}",
            "null");

    private static final List<String> INJECTIONS = List.of(
            "' OR '1'='1",
            "'; DROP TABLE inquiry; --",
            "1); SELECT pg_sleep(10); --",
            "\" OR \"\"=\"",
            "admin'--",
            "<script>alert(1)</script>",
            "\"><img src=x onerror=alert(1)>",
            "javascript:alert(1)",
            "${7*7}",
            "#{7*7}",
            "{{7*7}}",
            "${jndi:ldap://127.0.0.1/x}",
            "../../../../etc/passwd",
            "=HYPERLINK(\"http://x\")",
            "%00%0d%0a",
            "\\u0000",
            "1' AND SLEEP(5)#",
            "' UNION SELECT null, null --",
            "%27%20OR%201%3D1",
            "<svg onload=alert(1)>",
            "'-alert(1)-'",
            "<iframe src=javascript:alert(1)>",
            "*)(uid=*))(|(uid=*",
            "; cat /etc/passwd",
            "$(reboot)",
            "`id`",
            "x\r\nBcc: victim@example.com",
            "{\"$gt\": \"\"}");

    /** Characters nobody types; each is put into the middle of every text property's valid value. */
    private static final List<String> INVISIBLE = List.of(
            "\\u0000", "\\u0007", "\\u001b", "\\u007f", "\\u0085", "\\u202e", "\\u2066", "\\ud800", "\\udc00",
            "\\uffff");

    @Deployment
    static WebArchive deployment() {
        return Deployments.war();
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    kr.co.saenal.sandan.inquiry.InquiryRepository inquiries;

    private final Http client = new Http();

    /** One malformed request; {@code raw} ones are written to a socket byte for byte (Java's client refuses them). */
    private record Attempt(String what, byte[] body, List<String> headers, boolean raw) {
        Attempt(String what, byte[] body, List<String> headers) {
            this(what, body, headers, false);
        }

        static Attempt json(String what, String body) {
            return new Attempt(
                    what, body.getBytes(StandardCharsets.UTF_8), List.of("Content-Type", "application/json"));
        }
    }

    private record Answer(int status, String contentType, String body) {}

    @Test
    void everyMalformedRequestIsRefusedWithADocumentedProblemAndNothingIsStored() {
        JsonObject description =
                Requests.json(client.get("/openapi?format=JSON").body());
        JsonObject schema =
                description.getJsonObject("components").getJsonObject("schemas").getJsonObject("InquiryRequest");
        JsonObject examples = description
                .getJsonObject("components")
                .getJsonObject("requestBodies")
                .getJsonObject("InquiryRequest")
                .getJsonObject("content")
                .getJsonObject("application/json")
                .getJsonObject("examples");
        Set<String> documented = description
                .getJsonObject("paths")
                .getJsonObject(PATH)
                .getJsonObject("post")
                .getJsonObject("responses")
                .keySet();
        JsonObject valid = examples.getJsonObject("full").getJsonObject("value");

        for (String example : examples.keySet()) {
            Http.Reply accepted = client.postJson(
                    PATH, examples.getJsonObject(example).get("value").toString());
            assertEquals(
                    201, accepted.status(), "the description's example '" + example + "' is accepted: " + accepted);
            assertTrue(documented.contains("201"));
        }

        List<Attempt> attempts = new ArrayList<>();
        attempts.addAll(fromTheSchema(schema, valid));
        attempts.addAll(brokenJson(valid));
        attempts.addAll(brokenUtf8(valid));
        attempts.addAll(wrongContentTypes(valid));
        attempts.addAll(headerAbuse(valid));
        assertTrue(attempts.size() >= 500, "at least 500 malformed requests, generated " + attempts.size());

        long inquiriesBefore = inquiries.count();
        long consentsBefore = count("consent_record");
        long mailsBefore = mailsASubmissionOwes();
        List<String> failures = new ArrayList<>();
        Set<Integer> statuses = new TreeSet<>();
        for (Attempt attempt : attempts) {
            Answer reply = send(attempt);
            statuses.add(reply.status());
            String wrong = judge(reply, documented);
            if (wrong != null) {
                failures.add(attempt.what() + " → " + wrong);
            }
        }

        assertTrue(
                failures.isEmpty(),
                failures.size() + " of " + attempts.size() + " answered wrongly:\n"
                        + failures.stream().limit(40).collect(Collectors.joining("\n")));
        assertEquals(inquiriesBefore, inquiries.count(), "no inquiry stored");
        assertEquals(consentsBefore, count("consent_record"), "no consent record stored");
        assertEquals(mailsBefore, mailsASubmissionOwes(), "no mail owed");
        System.out.println("Malformed inquiry requests: " + attempts.size() + " sent, answered with " + statuses);
    }

    /** Why the answer is wrong, or null when it is a documented 4xx problem without internals. */
    private Answer send(Attempt attempt) {
        if (!attempt.raw()) {
            Http.Reply reply = client.sendWithHeaders("POST", PATH, attempt.body(), attempt.headers());
            return new Answer(reply.status(), reply.contentType(), reply.body());
        }
        URI base = URI.create(Http.BASE);
        try (Socket socket = new Socket(base.getHost(), base.getPort())) {
            socket.setSoTimeout(30_000);
            ByteArrayOutputStream request = new ByteArrayOutputStream();
            request.writeBytes(("POST " + PATH + " HTTP/1.1\r\nHost: " + base.getAuthority()
                            + "\r\nConnection: close\r\n" + "Content-Length: " + attempt.body().length + "\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            for (int i = 0; i + 1 < attempt.headers().size(); i += 2) {
                request.writeBytes(
                        (attempt.headers().get(i) + ": " + attempt.headers().get(i + 1) + "\r\n")
                                .getBytes(StandardCharsets.UTF_8));
            }
            request.writeBytes("\r\n".getBytes(StandardCharsets.US_ASCII));
            request.writeBytes(attempt.body());
            socket.getOutputStream().write(request.toByteArray());
            String answer = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            int headEnd = answer.indexOf("\r\n\r\n");
            String head = answer.substring(0, headEnd);
            String body = answer.substring(headEnd + 4);
            if (head.toLowerCase().contains("transfer-encoding: chunked")) {
                body = body.substring(body.indexOf("\r\n") + 2, body.lastIndexOf("\r\n0\r\n"));
            }
            String type = head.lines()
                    .filter(l -> l.toLowerCase().startsWith("content-type:"))
                    .map(l -> l.substring(13).strip())
                    .findFirst()
                    .orElse("");
            return new Answer(Integer.parseInt(head.substring(9, 12)), type, body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String judge(Answer reply, Set<String> documented) {
        if (reply.status() < 400 || reply.status() >= 500) {
            return "status " + reply.status() + ": " + abbreviate(reply.body());
        }
        if (!documented.contains(Integer.toString(reply.status()))) {
            return "status " + reply.status() + " is not in /openapi for this operation";
        }
        if (!reply.contentType().startsWith("application/problem+json")) {
            return "content type " + reply.contentType();
        }
        JsonObject problem;
        try {
            problem = Requests.json(reply.body());
        } catch (RuntimeException e) {
            return "not a JSON problem: " + abbreviate(reply.body());
        }
        if (problem.getInt("status", -1) != reply.status()
                || problem.getString("title", "").isBlank()
                || !problem.getString("type", "").startsWith("https://")) {
            return "incomplete problem: " + problem;
        }
        for (String leak : new String[] {".java:", "Exception", "Caused by", "at org.", "at kr.co.", "SQL"}) {
            if (reply.body().contains(leak)) {
                return "internals (" + leak + "): " + abbreviate(reply.body());
            }
        }
        return null;
    }

    // --- generated from the schema ---

    private static List<Attempt> fromTheSchema(JsonObject schema, JsonObject valid) {
        List<Attempt> attempts = new ArrayList<>();
        JsonObject properties = schema.getJsonObject("properties");
        Set<String> required = schema.getJsonArray("required").getValuesAs(JsonString.class).stream()
                .map(JsonString::getString)
                .collect(Collectors.toSet());
        for (String property : properties.keySet()) {
            JsonObject rules = properties.getJsonObject(property);
            Set<String> types = types(rules);
            for (String value : VALUES_OF_EVERY_TYPE) {
                if (!types.contains(jsonType(value))
                        || rules.containsKey("const")
                                && !value.equals(rules.get("const").toString())
                        || rules.containsKey("enum")
                                && types.contains("string")
                                && jsonType(value).equals("string")) {
                    attempts.add(Attempt.json(property + " = " + value, with(valid, property, value)));
                }
            }
            if (required.contains(property)) {
                attempts.add(Attempt.json(property + " missing", without(valid, property)));
                if (types.contains("string")) {
                    attempts.add(Attempt.json(property + " blank", with(valid, property, "\"   \"")));
                }
            }
            if (rules.containsKey("maxLength")) {
                int max = rules.getInt("maxLength");
                attempts.add(Attempt.json(
                        property + " of " + (max + 1) + " Hangul", with(valid, property, quoted("가".repeat(max + 1)))));
                attempts.add(Attempt.json(
                        property + " of " + (max + 1) + " ASCII", with(valid, property, quoted("a".repeat(max + 1)))));
                attempts.add(Attempt.json(
                        property + " of 60 000 characters", with(valid, property, quoted("x".repeat(60_000)))));
                attempts.add(Attempt.json(property + " of 1 MB", with(valid, property, quoted("x".repeat(1 << 20)))));
            }
            if (rules.getInt("minLength", 0) > 1) {
                attempts.add(Attempt.json(
                        property + " too short",
                        with(valid, property, quoted("x".repeat(rules.getInt("minLength") - 1)))));
            }
            if (rules.containsKey("enum")) {
                String first = ((JsonString) rules.getJsonArray("enum").get(0)).getString();
                for (String wrong : List.of(
                        "INVALID", first.toLowerCase(), " " + first, first + " ", "", "관리·운영", first + "," + first)) {
                    attempts.add(Attempt.json(property + " = '" + wrong + "'", with(valid, property, quoted(wrong))));
                }
            }
            if ("email".equals(rules.getString("format", null))) {
                for (String wrong : List.of(
                        "not-an-email", "a@b", "@example.com", "kim@", "kim @example.com", "kim@@example.com")) {
                    attempts.add(Attempt.json(property + " = '" + wrong + "'", with(valid, property, quoted(wrong))));
                }
            }
            if (types.contains("string") && !rules.containsKey("enum")) {
                String good = valid.getString(property, "정상값");
                for (String invisible : INVISIBLE) {
                    String middle =
                            good.substring(0, good.length() / 2) + invisible + good.substring(good.length() / 2);
                    attempts.add(Attempt.json(
                            property + " with " + invisible, with(valid, property, "\"" + escape(middle) + "\"")));
                }
            }
            if (types.contains("string")) {
                // free text may hold these; the request also lacks consent, so it must be refused without harm
                for (String injection : INJECTIONS) {
                    String body =
                            with(Requests.json(with(valid, "privacyConsent", "false")), property, quoted(injection));
                    attempts.add(Attempt.json(property + " injection " + injection, body));
                }
            }
        }
        if (schema.containsKey("additionalProperties") && schema.get("additionalProperties") == JsonValue.FALSE) {
            for (String extra : List.of(
                    "extra",
                    "id",
                    "status",
                    "receivedAt",
                    "__proto__",
                    "constructor",
                    "NAME",
                    "name ",
                    "",
                    "가".repeat(500),
                    "$where",
                    "privacyConsent\u0000")) {
                attempts.add(Attempt.json("extra property '" + abbreviate(extra) + "'", with(valid, extra, "\"x\"")));
            }
        }
        JsonObjectBuilder allWrong = Json.createObjectBuilder();
        properties
                .keySet()
                .forEach(p -> allWrong.add(p, Json.createArrayBuilder().add(Json.createObjectBuilder())));
        attempts.add(Attempt.json(
                "every property an array of objects", allWrong.build().toString()));
        return attempts;
    }

    // --- what no schema says ---

    private static List<Attempt> brokenJson(JsonObject valid) {
        String v = valid.toString();
        List<String> bodies = new ArrayList<>(List.of(
                "",
                " ",
                "null",
                "true",
                "0",
                "\"text\"",
                "[]",
                "[{}]",
                "{}",
                "{",
                "}",
                "{}}",
                "{\"name\":}",
                "{\"name\" \"x\"}",
                "{'name':'x'}",
                "{name:\"x\"}",
                "{\"name\":\"x\",}",
                v + "x",
                v + v,
                "/*c*/" + v,
                "NaN",
                "{\"privacyConsent\":tru}",
                "[" + v + "]",
                v.substring(0, v.length() / 2),
                "{\"name\":\"\\x41\"}",
                "{\"name\":\"\\u00\"}",
                "{\"name\":\"a\nb\"}",
                "{\"name\":0x10}",
                "{\"name\":01}",
                "{\"name\":-}",
                "{\"name\":Infinity}",
                "[".repeat(100_000),
                "{\"a\":".repeat(20_000),
                "[".repeat(500) + "]".repeat(500),
                "{\"message\":" + "[".repeat(2_000) + "]".repeat(2_000) + "}",
                v.replaceFirst("\\{", "{\"name\":\"첫째\",")));
        List<Attempt> attempts = new ArrayList<>();
        for (int i = 0; i < bodies.size(); i++) {
            attempts.add(Attempt.json("broken JSON #" + i + " " + abbreviate(bodies.get(i)), bodies.get(i)));
        }
        attempts.add(Attempt.json("10 MB of spaces before the request", " ".repeat(10 << 20) + v));
        return attempts;
    }

    private static List<Attempt> brokenUtf8(JsonObject valid) {
        List<Attempt> attempts = new ArrayList<>();
        byte[][] sequences = {
            {(byte) 0xC3, 0x28},
            {(byte) 0xFF},
            {(byte) 0xFE},
            {(byte) 0xC0, (byte) 0xAF},
            {(byte) 0xE0, (byte) 0x80, (byte) 0xAF},
            {(byte) 0xED, (byte) 0xA0, (byte) 0x80},
            {(byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80},
            {(byte) 0xE2, (byte) 0x82},
            {(byte) 0x80},
            {(byte) 0xF8, (byte) 0x88, (byte) 0x80, (byte) 0x80, (byte) 0x80}
        };
        for (String property : List.of("name", "company", "message", "email")) {
            for (int i = 0; i < sequences.length; i++) {
                String marked = with(valid, property, "\"앞@@뒤\"");
                byte[] text = marked.getBytes(StandardCharsets.UTF_8);
                int at = marked.substring(0, marked.indexOf("@@")).getBytes(StandardCharsets.UTF_8).length;
                ByteArrayOutputStream body = new ByteArrayOutputStream();
                body.write(text, 0, at);
                body.writeBytes(sequences[i]);
                body.write(text, at + 2, text.length - at - 2);
                attempts.add(new Attempt(
                        "invalid UTF-8 #" + i + " in " + property,
                        body.toByteArray(),
                        List.of("Content-Type", "application/json")));
            }
        }
        attempts.add(new Attempt(
                "UTF-16 body",
                valid.toString().getBytes(StandardCharsets.UTF_16),
                List.of("Content-Type", "application/json")));
        return attempts;
    }

    private static List<Attempt> wrongContentTypes(JsonObject valid) {
        byte[] body = valid.toString().getBytes(StandardCharsets.UTF_8);
        List<Attempt> attempts = new ArrayList<>();
        attempts.add(new Attempt("no Content-Type", body, List.of()));
        for (String type : List.of(
                "text/plain",
                "text/html",
                "application/x-www-form-urlencoded",
                "multipart/form-data; boundary=x",
                "application/xml",
                "text/xml",
                "application/javascript",
                "application/json-patch+json",
                "application/octet-stream",
                "image/png",
                "application/jsonx",
                "json",
                ";;",
                "application/",
                "/json",
                "application/json; charset",
                "application/json; charset=ISO-8859-1",
                "application/json; charset=utf-16",
                "application/json; charset=EUC-KR",
                "application/json; charset=\"\"")) {
            attempts.add(new Attempt("Content-Type " + type, body, List.of("Content-Type", type)));
        }
        attempts.add(new Attempt(
                "form fields",
                "name=x&phone=010".getBytes(StandardCharsets.UTF_8),
                List.of("Content-Type", "application/x-www-form-urlencoded")));
        attempts.add(new Attempt(
                "XML",
                "<inquiry><name>x</name></inquiry>".getBytes(StandardCharsets.UTF_8),
                List.of("Content-Type", "application/xml")));
        for (String encoding : List.of("gzip", "deflate", "br", "x-unknown")) {
            attempts.add(new Attempt(
                    "Content-Encoding " + encoding + " on plain JSON",
                    body,
                    List.of("Content-Type", "application/json", "Content-Encoding", encoding)));
        }
        return attempts;
    }

    private static List<Attempt> headerAbuse(JsonObject valid) {
        byte[] body = valid.toString().getBytes(StandardCharsets.UTF_8);
        List<Attempt> attempts = new ArrayList<>();
        for (String key : List.of(
                "",
                " ",
                "a b",
                "x".repeat(101),
                "x".repeat(8_000),
                "\"quoted key\"",
                "key\twith\ttabs",
                "' OR '1'='1",
                "<img src=x onerror=alert(1)>")) {
            attempts.add(new Attempt(
                    "Idempotency-Key '" + abbreviate(key) + "'",
                    body,
                    List.of("Content-Type", "application/json", "Idempotency-Key", key)));
        }
        for (String key : List.of("키", "clé", "ключ", "key-😀")) {
            attempts.add(new Attempt(
                    "Idempotency-Key '" + key + "' (UTF-8 bytes)",
                    body,
                    List.of("Content-Type", "application/json", "Idempotency-Key", key),
                    true));
        }
        attempts.add(new Attempt(
                "two Idempotency-Keys",
                body,
                List.of("Content-Type", "application/json", "Idempotency-Key", "one", "Idempotency-Key", "two")));
        for (String accept : List.of("text/html", "application/xml", "image/png", "text/csv")) {
            attempts.add(new Attempt(
                    "Accept " + accept, body, List.of("Content-Type", "application/json", "Accept", accept)));
        }
        return attempts;
    }

    // --- helpers ---

    /**
     * The outbox rows a stored request would owe (acknowledgement, staff notice, alerts); the reminder timer owes
     * reminders and digests about earlier tests' requests meanwhile, which this request has no part in.
     */
    private long mailsASubmissionOwes() {
        return ((Number) em.createNativeQuery(
                                "select count(*) from mail_outbox where kind not in ('RESPONSE_REMINDER', 'RESPONSE_DIGEST')")
                        .getSingleResult())
                .longValue();
    }

    private long count(String table) {
        return ((Number) em.createNativeQuery("select count(*) from " + table).getSingleResult()).longValue();
    }

    private static String with(JsonObject valid, String property, String jsonValue) {
        JsonObjectBuilder b = Json.createObjectBuilder(valid).remove(property);
        String rest = b.build().toString();
        String member = quoted(property) + ":" + jsonValue;
        return rest.equals("{}") ? "{" + member + "}" : "{" + member + "," + rest.substring(1);
    }

    private static String without(JsonObject valid, String property) {
        return Json.createObjectBuilder(valid).remove(property).build().toString();
    }

    private static String quoted(String text) {
        return Json.createValue(text).toString();
    }

    /** JSON text with {@code \\uXXXX} escapes kept as escapes (the parser turns them into the characters). */
    private static String escape(String text) {
        String quoted = quoted(text);
        return quoted.substring(1, quoted.length() - 1).replace("\\\\u", "\\u");
    }

    private static Set<String> types(JsonObject rules) {
        JsonValue type = rules.get("type");
        Set<String> types = type instanceof JsonArray list
                ? list.getValuesAs(JsonString.class).stream()
                        .map(JsonString::getString)
                        .collect(Collectors.toSet())
                : Set.of(((JsonString) type).getString());
        return types.contains("integer") ? union(types, "number") : types;
    }

    private static Set<String> union(Set<String> set, String more) {
        Set<String> all = new TreeSet<>(set);
        all.add(more);
        return all;
    }

    private static String jsonType(String value) {
        char first = value.charAt(0);
        if (first == '"') {
            return "string";
        } else if (first == '[') {
            return "array";
        } else if (first == '{') {
            return "object";
        } else if (value.equals("true") || value.equals("false")) {
            return "boolean";
        } else if (value.equals("null")) {
            return "null";
        }
        return "number";
    }

    private static String abbreviate(String text) {
        String flat = text.replaceAll("\\s+", " ");
        return flat.length() <= 80 ? flat : flat.substring(0, 80) + "…";
    }
}
